package it.loop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Holds one HTTP exchange against {@code openapi.yaml} and records it for the coverage check.
 * {@link #check} throws an {@link AssertionError} naming the route and every mismatch.
 */
public final class Contract {

  /** The exchanges checked so far in this IT run, one per line (see {@link Exchange}). */
  public static final Path EXERCISED = Path.of("target/contract/exercised.txt");

  static final String DOCUMENT_ID = "https://loop.invalid/openapi.yaml";

  /** The validator warns about the document's non-schema keys (paths, info...): not news. */
  private static final java.util.logging.Logger QUIET = quiet();

  private static final Contract INSTANCE = new Contract(OpenApi.load());

  private static java.util.logging.Logger quiet() {
    var logger = java.util.logging.Logger.getLogger(
        "com.networknt.schema.keyword.UnknownKeywordFactory");
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private final OpenApi api;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  Contract(OpenApi api) {
    this.api = api;
    String json = api.root().toString();
    this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
        b -> b.schemas(Map.of(DOCUMENT_ID, json)));
  }

  public static Contract get() {
    return INSTANCE;
  }

  /**
   * One answer as the client saw it. {@code path} is the raw path below the application root
   * ({@code /api/...}, {@code /health/...}); {@code contentType} may carry parameters.
   */
  public record Exchange(String method, String path, int status, String contentType,
      String body) {}

  /** Checks the exchange and records it; answers outside {@code /api} and {@code /health} pass. */
  public void check(Exchange e) {
    if (!e.path().startsWith("/api/") && !e.path().startsWith("/health/")) {
      return;
    }
    List<String> problems = problems(e);
    if (!problems.isEmpty()) {
      throw new AssertionError("contract: " + e.method() + " " + e.path() + " -> " + e.status()
          + " does not match openapi.yaml:\n  " + String.join("\n  ", problems)
          + "\n  body: " + abbreviate(e.body()));
    }
  }

  List<String> problems(Exchange e) {
    Optional<String> template = api.template(e.path());
    if (template.isEmpty()) { // the server's answer for an unknown route: 404 in the envelope
      record(e, "-", e.path());
      return e.status() == 404 || beforeRouting(e) ? body(e, "/components/schemas/Failed")
          : List.of("no documented path matches, and the answer is not 404");
    }
    String route = template.get();
    if (api.operation(route, e.method()).isMissingNode()) { // a known route, another method
      record(e, "-", route);
      return e.status() == 405 || beforeRouting(e) ? body(e, "/components/schemas/Failed")
          : List.of("method " + e.method() + " is not documented for " + route
              + ", and the answer is not 405");
    }
    record(e, "op", route);
    Optional<String> response = api.response(route, e.method(), e.status());
    if (response.isEmpty()) {
      return List.of("status " + e.status() + " is not documented for " + e.method() + " "
          + route);
    }
    JsonNode content = api.at(response.get()).path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return e.body() == null || e.body().isEmpty() || e.method().equals("HEAD") ? List.of()
          : List.of("the document promises no body, but one came");
    }
    String type = mediaType(e.contentType());
    if (!content.has(type)) {
      return List.of("content type '" + e.contentType() + "' is not documented (expected one of "
          + iterable(content) + ")");
    }
    String schema = response.get() + "/content/" + OpenApi.escape(type) + "/schema";
    return type.endsWith("json") ? body(e, schema) : List.of();
  }

  /**
   * The refusals the document's description promises before routing, so for unknown routes and
   * methods too: 401 without a session when a password is set, 403 for an unsafe request or a
   * preflight from another origin.
   */
  private static boolean beforeRouting(Exchange e) {
    return e.path().startsWith("/api/") && (e.status() == 401 || e.status() == 403);
  }

  private List<String> body(Exchange e, String schemaPointer) {
    if (e.method().equals("HEAD")) {
      return List.of(); // HEAD answers carry headers only
    }
    if (e.body() == null || e.body().isBlank()) {
      return List.of("a JSON body was expected, none came");
    }
    JsonNode node;
    try {
      node = new ObjectMapper().readTree(e.body());
    } catch (IOException ex) {
      return List.of("the body is not JSON: " + ex.getMessage());
    }
    Schema schema = schemas.computeIfAbsent(schemaPointer,
        p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p)));
    List<Error> errors = schema.validate(node);
    return errors.stream().map(er -> er.getInstanceLocation() + ": " + er.getMessage()
        + " (" + er.getSchemaLocation().getFragment() + ")").distinct().limit(20).toList();
  }

  /** Appends {@code kind method route status caller} to the exercised file. */
  private static synchronized void record(Exchange e, String kind, String route) {
    String line = String.join(" ", kind, e.method().toUpperCase(Locale.ROOT), route,
        String.valueOf(e.status()), caller()) + "\n";
    try {
      Files.createDirectories(EXERCISED.getParent());
      Files.writeString(EXERCISED, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The IT class that made the call, so a partial IT run can be told from a complete one. */
  static String caller() {
    return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
        .filter(c -> c.endsWith("IT")).findFirst().orElse("-"));
  }

  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim()
        .toLowerCase(Locale.ROOT);
  }

  private static String iterable(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names.stream().collect(Collectors.joining(", "));
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "(none)";
    }
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

}
