package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The WiFi routes in the container, against the fake nmcli the IT server is configured with
 * ({@code LOOP_WIFI_NMCLI}, a copy in {@code target/it-nmcli}; supervisor off). The fake starts
 * with no WiFi adapter, which every other IT sees; this one switches the adapter on, walks the
 * routes and switches it off again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WifiIT extends LoopIT {

  static final Path FAKE = Path.of(System.getProperty("loop.it.nmcli.dir", "target/it-nmcli"));
  static final Path DATA = Path.of(System.getProperty("loop.it.data.dir", "target/it-data"));

  static void state(String s) throws IOException {
    Files.writeString(FAKE.resolve("state"), s + "\n");
  }

  static void assertRefused(Api.Reply r, int status, String words) {
    assertEquals(status, r.status(), r.body());
    assertFalse(r.object().getBoolean("success"));
    assertTrue(r.message().contains(words), r.message());
  }

  @AfterEach
  void noAdapterAgain() throws IOException {
    state("none");
    Files.deleteIfExists(FAKE.resolve("fail-up"));
    api().post("/api/wifi/save-current"); // reads the status again: unavailable for later ITs
  }

  @Test
  @Order(1)
  void withoutAWifiAdapterEveryActionIs503WithASentence() throws IOException {
    state("none");
    for (Api.Reply r : List.of(api().post("/api/wifi/save-current"), api().get("/api/wifi/scan"),
        api().post("/api/wifi/connect", "{\"ssid\": \"Bob's: Net\", \"password\": \"12345678\"}"),
        api().post("/api/wifi/connect"), api().post("/api/wifi/hotspot"))) {
      assertRefused(r, 503, "not available");
    }
    JsonObject s = api().get("/api/wifi/status").data();
    assertFalse(s.getBoolean("available"));
    assertEquals("unavailable", s.getString("state"));
    assertTrue(s.getString("error").contains("no WiFi adapter"), s.toString());
    assertFalse(api().get("/api/poll/status").data().getJsonObject("wifi").getBoolean("available"));
  }

  @Test
  @Order(2)
  void scanConnectRememberAndHotspotThroughNmcli() throws IOException {
    state("disconnected");
    assertRefused(api().post("/api/wifi/save-current"), 400, "not joined");

    JsonObject first = api().get("/api/wifi/scan").data().getJsonArray("networks")
        .getJsonObject(0);
    assertEquals("Home Net", first.getString("ssid"));
    assertEquals(82, first.getInt("signal"));
    assertTrue(first.getBoolean("secured"));

    assertRefused(api().post("/api/wifi/connect", "{\"ssid\": \"Bob's: Net\", \"password\": "
        + "\"short\"}"), 400, "8 to 63");
    assertRefused(api().post("/api/wifi/connect", "{\"ssid\": 5}"), 400, "string");
    Files.writeString(FAKE.resolve("fail-up"), "loop: Bob's: Net");
    assertRefused(api().post("/api/wifi/connect", "{\"ssid\": \"Bob's: Net\", \"password\": "
        + "\"wrong password\"}"), 400, "not accepted");
    Files.delete(FAKE.resolve("fail-up"));

    Api.Reply joined = api().post("/api/wifi/connect",
        "{\"ssid\": \"Bob's: Net\", \"password\": \"right: 'password'\"}");
    assertEquals(200, joined.status(), joined.body());
    assertTrue(joined.data().getBoolean("connected"));
    assertEquals("Bob's: Net", joined.data().getString("configured_ssid"));
    assertEquals("192.168.1.23", joined.data().getString("ip_address"));
    assertFalse(Files.readString(FAKE.resolve("argv.log")).contains("password'"));
    assertEquals("600", Files.readString(FAKE.resolve("passwd-mode")).strip());
    try (Stream<Path> tmp = Files.list(DATA.resolve("tmp"))) {
      assertTrue(tmp.noneMatch(p -> p.getFileName().toString().endsWith(".secret")));
    }
    assertFalse(Files.readString(DATA.resolve("wifi.properties")).contains("right:"));

    Api.Reply saved = api().post("/api/wifi/save-current");
    assertEquals("Home Net", saved.data().getString("configured_ssid"), saved.body());

    assertTrue(api().post("/api/wifi/hotspot").data().getBoolean("hotspot_active"));
    JsonObject polled = api().get("/api/poll/status").data().getJsonObject("wifi");
    assertTrue(polled.getBoolean("hotspot_active"));
    assertEquals("hotspot_active", polled.getString("state"));
    assertFalse(api().post("/api/wifi/hotspot").data().getBoolean("hotspot_active"));
  }
}
