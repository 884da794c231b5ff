package it.loop.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The served OpenAPI document, read from the source tree: its routes and where its parts are. */
public final class OpenApi {

  /** Where the document lives; the WAR serves it as {@code /openapi.yaml}. */
  public static final Path FILE = Path.of("src/main/webapp/openapi.yaml");

  static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode root;
  private final List<String> templates;

  OpenApi(JsonNode root) {
    this.root = root;
    List<String> paths = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(paths::add);
    // literal segments before templated ones: /api/media/cleanup wins over /api/media/{slug}
    paths.sort(Comparator.comparingLong(OpenApi::templatedSegments).thenComparing(p -> p));
    this.templates = List.copyOf(paths);
  }

  public static OpenApi load() {
    return new OpenApi(read(FILE));
  }

  static JsonNode read(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode root() {
    return root;
  }

  /** Every documented operation as {@code "GET /api/media"}. */
  public Set<String> operations() {
    Set<String> ops = new LinkedHashSet<>();
    for (String path : templates) {
      Iterator<String> keys = root.path("paths").path(path).fieldNames();
      keys.forEachRemaining(k -> {
        if (METHODS.contains(k)) {
          ops.add(k.toUpperCase(Locale.ROOT) + " " + path);
        }
      });
    }
    return ops;
  }

  /** The documented path template a concrete (raw, encoded) path falls under. */
  public Optional<String> template(String rawPath) {
    String[] actual = rawPath.split("/", -1);
    for (String template : templates) {
      String[] t = template.split("/", -1);
      if (t.length == actual.length && matches(t, actual)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String[] template, String[] actual) {
    for (int i = 0; i < template.length; i++) {
      boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
      if (variable ? actual[i].isEmpty() : !template[i].equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  /** The operation object, or a missing node. */
  public JsonNode operation(String template, String method) {
    return root.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
  }

  /** JSON pointer of the response object for a status, following one {@code $ref}. */
  public Optional<String> response(String template, String method, int status) {
    JsonNode responses = operation(template, method).path("responses");
    if (!responses.has(String.valueOf(status))) {
      return Optional.empty();
    }
    String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT)
        + "/responses/" + status;
    return Optional.of(resolve(pointer));
  }

  /** Follows {@code $ref}s inside the document until a node without one. */
  public String resolve(String pointer) {
    String p = pointer;
    for (int i = 0; i < 8; i++) {
      JsonNode ref = root.at(p).path("$ref");
      if (!ref.isTextual() || !ref.asText().startsWith("#/")) {
        return p;
      }
      p = ref.asText().substring(1);
    }
    throw new IllegalStateException("$ref loop at " + pointer);
  }

  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static long templatedSegments(String path) {
    return path.chars().filter(c -> c == '{').count();
  }
}
