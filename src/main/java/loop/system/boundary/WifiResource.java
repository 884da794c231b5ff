package loop.system.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

  /** The body of {@code POST /api/wifi/connect}; {@code password} "" or absent for open networks. */
  public record Credentials(String ssid, String password) {}

  @Inject Wifi wifi;
  @Resource ManagedExecutorService executor;

  @GET
  @Path("status")
  public Envelope status() {
    return Envelope.ok("WiFi status", wifi.status());
  }

  @GET
  @Path("scan")
  public CompletionStage<Envelope> scan() {
    available();
    return later(() -> Envelope.ok("Networks scanned", Map.of("networks", wifi.scan())));
  }

  @POST
  @Path("connect")
  @Consumes(MediaType.APPLICATION_JSON)
  public CompletionStage<Envelope> connect(Credentials body) {
    available();
    if (body == null) {
      throw ApiException.badRequest("Send {\"ssid\": \"...\", \"password\": \"...\"}.");
    }
    return later(() -> {
      WifiStatus s = wifi.connect(body.ssid(), body.password());
      return Envelope.ok("Connected to " + body.ssid(), s);
    });
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

  private void available() {
    WifiStatus s = wifi.status();
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
