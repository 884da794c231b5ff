package loop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.contract.OpenApi;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.junit.jupiter.api.Test;

/**
 * Route/document parity: every JAX-RS route under {@code loop} (found by reflection over
 * {@code @Path} and the HTTP method annotations) and every health probe must be in
 * {@code openapi.yaml}, and the document may describe nothing the server does not serve.
 */
class OpenApiRoutesTest {

  static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

  @Test
  void everyServedRouteIsDocumentedAndNothingElse() throws Exception {
    Set<String> served = served();
    Set<String> documented = new TreeSet<>(OpenApi.load().operations());

    Set<String> undocumented = new TreeSet<>(served);
    undocumented.removeAll(documented);
    Set<String> unserved = new TreeSet<>(documented);
    unserved.removeAll(served);
    assertEquals(Set.of(), undocumented, "routes the server serves but openapi.yaml lacks");
    assertEquals(Set.of(), unserved, "routes openapi.yaml describes but the server lacks");
  }

  @Test
  void theScanFindsTheKnownRoutes() throws Exception {
    Set<String> served = served();
    assertTrue(served.containsAll(Set.of("GET /api/media/{slug}/frames/{n}",
        "PATCH /api/uploads/{id}", "OPTIONS /api/uploads", "GET /health/ready")), served.toString());
  }

  /** {@code "GET /api/media/{slug}"} for every resource method, plus the health probes. */
  static Set<String> served() throws IOException, ClassNotFoundException {
    Set<String> routes = new TreeSet<>();
    String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
    for (Class<?> type : classes()) {
      Path base = type.getAnnotation(Path.class);
      if (base != null) {
        for (Method m : type.getMethods()) {
          String verb = httpMethod(m);
          if (verb != null) {
            Path sub = m.getAnnotation(Path.class);
            routes.add(verb + " " + join(root, base.value(), sub == null ? "" : sub.value()));
          }
        }
      }
      if (type.isAnnotationPresent(Liveness.class)) {
        routes.add("GET /health/live");
      }
      if (type.isAnnotationPresent(Readiness.class)) {
        routes.add("GET /health/ready");
      }
      if (type.isAnnotationPresent(Startup.class)) {
        routes.add("GET /health/started");
      }
    }
    return routes;
  }

  static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Joins path parts and drops regular expressions from templates: {@code {n: \d+}} → {n}. */
  static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      for (String segment : part.split("/")) {
        if (!segment.isEmpty()) {
          path.append('/').append(segment.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}"));
        }
      }
    }
    return path.toString();
  }

  static Set<Class<?>> classes() throws IOException, ClassNotFoundException {
    Set<Class<?>> types = new java.util.HashSet<>();
    ClassLoader loader = OpenApiRoutesTest.class.getClassLoader();
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(CLASSES.resolve("loop"))) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(f).toString().replace('/', '.');
        types.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
            loader));
      }
    }
    return types;
  }
}
