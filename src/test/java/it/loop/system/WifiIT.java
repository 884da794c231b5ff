package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WiFi routes on a machine without NetworkManager (the IT server has no nmcli): status says
 * unavailable with the reason, every action answers 503 with that sentence, nothing hangs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WifiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.loop();
  }

  @ArquillianResource URL url;

  Api api() {
    return new Api(url);
  }

  @Test
  void statusSaysUnavailableWithTheReason() {
    Api.Reply r = api().get("/api/wifi/status");
    assertEquals(200, r.status(), r.body());
    JsonObject s = r.data();
    assertFalse(s.getBoolean("available"));
    assertFalse(s.getBoolean("connected"));
    assertFalse(s.getBoolean("hotspot_active"));
    assertEquals("unavailable", s.getString("state"));
    assertTrue(s.containsKey("interface") && s.containsKey("configured_ssid")
        && s.containsKey("current_ssid") && s.containsKey("ip_address"), s.toString());
    assertTrue(s.getString("error").contains("nmcli"), s.toString());
  }

  @Test
  void everyActionIs503WithASentence() {
    for (Api.Reply r : List.of(api().get("/api/wifi/scan"),
        api().post("/api/wifi/connect", "{\"ssid\": \"Bob's: Net\", \"password\": \"12345678\"}"),
        api().post("/api/wifi/connect"), api().post("/api/wifi/save-current"),
        api().post("/api/wifi/hotspot"))) {
      assertEquals(503, r.status(), r.body());
      assertFalse(r.object().getBoolean("success"));
      assertTrue(r.message().contains("not available"), r.message());
    }
  }

  @Test
  void pollAndDashboardCarryTheWifiStatus() {
    JsonObject poll = api().get("/api/poll/status").data().getJsonObject("wifi");
    assertFalse(poll.getBoolean("available"));
    assertFalse(poll.getBoolean("connected"));
    JsonObject dashboard = api().get("/api/dashboard").object().getJsonObject("status")
        .getJsonObject("wifi");
    assertEquals("unavailable", dashboard.getString("state"));
  }
}
