package it.loop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web UI reads API answers only through the mapper functions of {@code js/api.js}
 * ({@code export const xFields = (p) => ...}); every field a mapper reads from its parameter,
 * nested reads included ({@code h.metrics.memory_percent}), must be a property of the schema the
 * document gives that answer. A renamed field on either side fails here, before a browser does.
 */
class UiClientTest {

  static final Path API_JS = Path.of("src/main/webapp/js/api.js");

  /**
   * Each mapper and the schema of what it is handed: a components/schemas name, or a JSON pointer
   * into the document for an answer described in place.
   */
  static final Map<String, String> SCHEMAS = Map.ofEntries(
      Map.entry("itemFields", "MediaSummary"),
      Map.entry("entryFields", "LoopEntry"),
      Map.entry("loopFields", "LoopView"),
      Map.entry("playerFields", "PlayerStatus"),
      Map.entry("jobFields", "JobView"),
      Map.entry("wifiFields", "WifiStatus"),
      Map.entry("brightnessFields", "BrightnessView"),
      Map.entry("storageFields", "StorageFigures"),
      Map.entry("healthFields", "PollHealth"),
      Map.entry("memoryFields", "MemoryFigures"),
      Map.entry("networkFields", answerData("/api/wifi/scan", "get")),
      Map.entry("hotspotFields", answerData("/api/wifi/hotspot", "post")),
      Map.entry("dashboardFields", "Dashboard"),
      Map.entry("pausedField", answerData("/api/playback/toggle", "post")),
      Map.entry("authFields", "AuthState"));

  /** The pointer to {@code data} of a route's 200 JSON answer. */
  static String answerData(String path, String method) {
    return "/paths/" + path.replace("/", "~1") + "/" + method
        + "/responses/200/content/application~1json/schema/properties/data";
  }

  private static final Pattern MAPPER = Pattern.compile(
      "export const (\\w+Fields?) = \\((\\w+)\\) =>(.*?)(?=\\n(?:/\\*\\*|export )|\\z)",
      Pattern.DOTALL);

  @Test
  void everyFieldTheUiReadsIsInTheDocumentedAnswer() throws Exception {
    JsonNode doc = OpenApi.load().root();
    Map<String, List<String>> reads = mapperReads(Files.readString(API_JS));
    assertTrue(reads.size() >= 10, "mappers found in api.js: " + reads.keySet());
    assertEquals(new TreeSet<>(reads.keySet()), new TreeSet<>(SCHEMAS.keySet()),
        "every mapper in api.js needs its schema named here (and only those)");
    List<String> missing = new ArrayList<>();
    reads.forEach((mapper, chains) -> {
      JsonNode schema = schema(doc, SCHEMAS.get(mapper));
      if (schema == null) {
        missing.add(mapper + ": no schema " + SCHEMAS.get(mapper) + " in openapi.yaml");
        return;
      }
      for (String chain : chains) {
        if (!resolves(doc, schema, chain.split("\\."))) {
          missing.add(mapper + " reads ." + chain + ", which " + SCHEMAS.get(mapper)
              + " does not have");
        }
      }
    });
    assertEquals(List.of(), missing);
  }

  @Test
  void aFieldTheDocumentLacksIsCaught() {
    JsonNode doc = OpenApi.load().root();
    Map<String, List<String>> reads = mapperReads(
        "export const itemFields = (m) => ({ n: m.filename, x: m.frames_total });\n");
    JsonNode item = schema(doc, "MediaSummary");
    assertTrue(resolves(doc, item, "filename".split("\\.")));
    assertTrue(!resolves(doc, item, reads.get("itemFields").get(1).split("\\.")));
  }

  /** Mapper name → the property chains it reads from its parameter, in order. */
  static Map<String, List<String>> mapperReads(String js) {
    Map<String, List<String>> reads = new LinkedHashMap<>();
    Matcher m = MAPPER.matcher(js);
    while (m.find()) {
      String param = m.group(2);
      Matcher access = Pattern.compile("\\b" + param + "((?:\\.[A-Za-z_]\\w*)+)")
          .matcher(m.group(3));
      Set<String> chains = new java.util.LinkedHashSet<>();
      while (access.find()) {
        chains.add(access.group(1).substring(1));
      }
      reads.put(m.group(1), new ArrayList<>(chains));
    }
    return reads;
  }

  static JsonNode schema(JsonNode doc, String name) {
    JsonNode s = name.startsWith("/") ? doc.at(name)
        : doc.path("components").path("schemas").path(name);
    return s.isMissingNode() ? null : s;
  }

  /** True when the chain of property names leads through the schema ($ref, allOf, items). */
  static boolean resolves(JsonNode doc, JsonNode schema, String[] chain) {
    JsonNode at = schema;
    for (String name : chain) {
      at = property(doc, at, name);
      if (at == null) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode property(JsonNode doc, JsonNode schema, String name) {
    JsonNode s = deref(doc, schema);
    JsonNode direct = s.path("properties").path(name);
    if (!direct.isMissingNode()) {
      return direct;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode part : s.path(combinator)) {
        JsonNode found = property(doc, part, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static JsonNode deref(JsonNode doc, JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      s = doc.at(ref.substring(1));
    }
    return s;
  }
}
