package loop.display.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import loop.display.entity.ScreenMessage;
import loop.system.boundary.Wifi;
import loop.system.entity.SetupHint;
import org.junit.jupiter.api.Test;

class IdleScreenTest {

  IdleScreen cut = new IdleScreen();

  IdleScreen with(SetupHint hint) {
    cut.port = 9080;
    cut.wifi = new Wifi() {
      @Override
      public SetupHint setupHint() {
        return hint;
      }
    };
    return cut;
  }

  @Test
  void hotspotModeShowsNamePasswordAddressAndAJoinCode() {
    ScreenMessage m = with(new SetupHint(true, "Loop-3F:2A", "abcd2345ef", "192.168.24.1"))
        .message();

    assertEquals("Connect to WiFi", m.title());
    String text = String.join(" ", m.lines());
    assertTrue(text.contains("Loop-3F:2A") && text.contains("abcd2345ef")
        && text.contains("http://192.168.24.1:9080/"), text);
    assertEquals("WIFI:T:WPA;S:Loop-3F\\:2A;P:abcd2345ef;;", m.qr());
  }

  @Test
  void connectedShowsTheUrlOnTheCurrentAddress() {
    ScreenMessage m = with(new SetupHint(false, null, null, "192.168.1.23")).message();

    assertEquals("Nothing to play yet", m.title());
    assertEquals("http://192.168.1.23:9080/", m.qr());
  }
}
