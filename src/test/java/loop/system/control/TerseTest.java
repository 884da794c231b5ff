package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerseTest {

  @Test
  void escapedColonStaysInsideTheField() {
    assertEquals(List.of("Bob's: Net", "64", "WPA1 WPA2"), Terse.fields("Bob's\\: Net:64:WPA1 WPA2"));
  }

  @Test
  void escapedBackslashBecomesOneBackslash() {
    assertEquals(List.of("a\\b", "1"), Terse.fields("a\\\\b:1"));
    assertEquals(List.of("a\\", "x"), Terse.fields("a\\\\:x"));
  }

  @Test
  void emptyFieldsAreKept() {
    assertEquals(List.of("", "40", "WPA2"), Terse.fields(":40:WPA2"));
    assertEquals(List.of("p2p-dev-wlan0", "wifi-p2p", "disconnected", ""),
        Terse.fields("p2p-dev-wlan0:wifi-p2p:disconnected:"));
  }

  @Test
  void recordsSkipBlankLinesAndAcceptCrlf() {
    List<List<String>> r = Terse.records("a:1\r\n\nb\\::2\n");
    assertEquals(List.of(List.of("a", "1"), List.of("b:", "2")), r);
  }

  @Test
  void valueJoinsAnUnescapedSingleValue() {
    assertEquals("Bob's: Net", Terse.value("Bob's\\: Net\n"));
    assertEquals("", Terse.value(""));
  }

  @Test
  void bothSpellingsOfTheWifiTypeCount() {
    assertTrue(Terse.isWifi("wifi"));
    assertTrue(Terse.isWifi("802-11-wireless"));
    assertFalse(Terse.isWifi("wifi-p2p"));
    assertFalse(Terse.isWifi("802-3-ethernet"));
  }
}
