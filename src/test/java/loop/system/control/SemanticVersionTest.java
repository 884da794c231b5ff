package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

  static boolean newer(String a, String b) {
    return SemanticVersion.parse(a).isNewerThan(SemanticVersion.parse(b));
  }

  @Test
  void numbersCompareAsNumbersNotText() {
    assertTrue(newer("0.10.0", "0.9.9"));
    assertTrue(newer("2.0", "1.99.99"));
    assertTrue(newer("v1.2.3", "1.2.2"));
    assertFalse(newer("1.2.3", "1.2.3"));
    assertFalse(newer("1.2", "1.2.0"));
  }

  @Test
  void aReleaseComesAfterItsPreReleases() {
    assertTrue(newer("0.1.0", "0.1.0-SNAPSHOT"));
    assertFalse(newer("0.1.0-SNAPSHOT", "0.1.0"));
    assertTrue(newer("1.0.0-rc.2", "1.0.0-rc.1"));
    assertTrue(newer("1.0.0-rc.10", "1.0.0-rc.9"));
    assertTrue(newer("1.0.0-beta", "1.0.0-alpha.1"));
    assertTrue(newer("1.0.0-alpha.beta", "1.0.0-alpha.1"), "text after numbers");
    assertTrue(newer("1.0.0-alpha.1", "1.0.0-alpha"), "more identifiers win");
  }

  @Test
  void buildMetadataDoesNotCountAndJunkLooksOld() {
    assertEquals(0, SemanticVersion.parse("1.2.3+abc").compareTo(SemanticVersion.parse("1.2.3")));
    assertEquals(new SemanticVersion(0, 0, 0, List.of()), SemanticVersion.parse("banana"));
    assertTrue(newer("0.0.1", "banana"));
  }
}
