package loop.system.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ReleaseManifestTest {

  static final URI BASE = URI.create("https://releases.example/loop/manifest.json");
  static final String SHA = "ab".repeat(32);

  static String json(String version, String url, String sha, String size) {
    return "{\"version\":" + version + ",\"url\":" + url + ",\"sha256\":" + sha + ",\"size\":"
        + size + "}";
  }

  @Test
  void readsAndResolvesARelativeUrl() {
    ReleaseManifest m = ReleaseManifest.parse(
        json("\"1.2.0\"", "\"loop-1.2.0.zip\"", "\"" + SHA.toUpperCase() + "\"", "1234"), BASE);

    assertEquals("1.2.0", m.version());
    assertEquals(URI.create("https://releases.example/loop/loop-1.2.0.zip"), m.url());
    assertEquals(SHA, m.sha256());
    assertEquals(1234, m.size());
  }

  @Test
  void refusesWhatCannotBeInstalledSafely() {
    String[][] bad = {
      {"\"../x\"", "\"a.zip\"", "\"" + SHA + "\"", "1", "bad version"},
      {"\"current\"", "\"a.zip\"", "\"" + SHA + "\"", "1", "bad version"},
      {"\"1.0\"", "\"file:/etc/passwd\"", "\"" + SHA + "\"", "1", "http(s)"},
      {"\"1.0\"", "\"a.zip\"", "\"abc\"", "1", "64 hex"},
      {"\"1.0\"", "\"a.zip\"", "\"" + SHA + "\"", "0", "positive"},
      {"\"1.0\"", "\"a.zip\"", "\"" + SHA + "\"", "1.5", "positive"},
      {"1", "\"a.zip\"", "\"" + SHA + "\"", "1", "lacks version"},
    };
    for (String[] b : bad) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReleaseManifest.parse(json(b[0], b[1], b[2], b[3]), BASE));
      assertTrue(e.getMessage().contains(b[4]), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> ReleaseManifest.parse("[1]", BASE));
    assertThrows(IllegalArgumentException.class, () -> ReleaseManifest.parse("{oops", BASE));
  }
}
