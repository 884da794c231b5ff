package loop.system.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import loop.system.entity.WifiStatus;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * LOOP's WiFi routes plus {@code GET /api/wifi/status}. The slow ones (scan, connect, hotspot) run
 * on a managed executor and answer when NetworkManager is done, so no request thread waits on
 * nmcli; every nmcli call is bounded, so neither does the answer hang.
 */
@Path("wifi")
@Produces(MediaType.APPLICATION_JSON)
public class WifiResource {

  @Inject Wifi wifi;
  @Resource ManagedExecutorService executor;

  @GET
  @Path("status")
  public Envelope status() {
    return Envelope.ok("WiFi status", wifi.status().json());
  }

  @GET
  @Path("scan")
  public CompletionStage<Envelope> scan() {
    available();
    return later(() -> Envelope.ok("Networks scanned", Map.of("networks", wifi.scan())));
  }

  /**
   * {@code {"ssid": "...", "password": "..."}}; the password "" or absent for an open network. The
   * body is read here (any content type) so a device without WiFi answers 503 before anything else.
   */
  @POST
  @Path("connect")
  public CompletionStage<Envelope> connect(String body) {
    available();
    JsonObject json = credentials(body);
    String ssid = text(json, "ssid");
    String password = text(json, "password");
    return later(() -> {
      WifiStatus s = wifi.connect(ssid, password);
      return Envelope.ok("Connected to " + ssid, s.json());
    });
  }

  static JsonObject credentials(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ApiException.badRequest(
          "Send the network as JSON: {\"ssid\": \"name\", \"password\": \"secret\"}.");
    }
  }

  private static String text(JsonObject json, String key) {
    JsonValue v = json.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw ApiException.badRequest("\"" + key + "\" must be a string.");
  }

  @POST
  @Path("save-current")
  public Envelope saveCurrent() {
    available();
    String ssid = wifi.saveCurrent();
    return Envelope.ok("Loop will keep joining " + ssid + ". To change its password, connect "
        + "to it again.", Map.of("configured_ssid", ssid));
  }

  @POST
  @Path("hotspot")
  public CompletionStage<Envelope> hotspot() {
    available();
    return later(() -> {
      boolean up = wifi.toggleHotspot();
      return Envelope.ok(up ? "Hotspot started" : "Hotspot stopped",
          Map.of("hotspot_active", up));
    });
  }

  /** 503 unless WiFi works; a status that said otherwise is read again first (adapter plugged). */
  private void available() {
    WifiStatus s = wifi.status();
    if (!s.available() && wifi.installed()) {
      s = wifi.refresh();
    }
    if (!s.available()) {
      throw ApiException.unavailable(s.error());
    }
  }

  /** Runs on the managed executor; a failure reaches the mappers as itself, not wrapped. */
  private CompletionStage<Envelope> later(Supplier<Envelope> work) {
    CompletableFuture<Envelope> answer = new CompletableFuture<>();
    executor.execute(() -> {
      try {
        answer.complete(work.get());
      } catch (RuntimeException e) {
        answer.completeExceptionally(e);
      }
    });
    return answer;
  }
}
