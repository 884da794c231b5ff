package it.loop.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The cached dashboard: LOOP's shape, and every change visible on the very next read. */
class DashboardIT extends LoopIT {

  JsonObject dashboard() {
    Api.Reply r = api().get("/api/dashboard");
    assertEquals(200, r.status(), r.body());
    return r.object();
  }

  @Test
  void rawShapeAsLoopHadIt() {
    JsonObject d = dashboard();
    assertEquals(Set.of("status", "media", "active", "loop", "last_updated", "processing",
        "media_total", "media_next_cursor"), d.keySet()); // LOOP's six plus the paging pair
    JsonObject player = d.getJsonObject("status").getJsonObject("player");
    assertEquals(Set.of("is_playing", "current_media", "loop_index", "total_media", "frame_rate",
        "loop_mode", "showing_progress"), player.keySet());
    JsonObject storage = api().get("/api/dashboard/storage").object();
    assertEquals(Set.of("total", "used", "free", "system", "app", "media", "units"),
        storage.keySet());
    assertTrue(storage.getJsonNumber("total").longValue() > 0);
  }

  @Test
  void everyChangeIsOnTheNextRead() {
    dashboard();
    String slug = api().upload("dash.png", Deployments.unique("png_tiny_8x8.png")).data()
        .getString("slug");
    JsonObject afterUpload = dashboard();
    assertEquals(slug, afterUpload.getJsonArray("media").getJsonObject(0).getString("slug"));
    String status = afterUpload.getJsonArray("media").getJsonObject(0)
        .getString("processing_status");
    boolean listed = afterUpload.getJsonObject("processing").values().stream()
        .anyMatch(j -> j.asJsonObject().getString("slug").equals(slug));
    assertTrue(listed || status.equals("completed"), "a queued job is listed until it is done");

    api().waitConverted(slug);
    JsonObject afterConversion = dashboard();
    assertTrue(Api.strings(afterConversion.get("loop")).contains(slug), "converted items join");
    assertEquals("completed", afterConversion.getJsonArray("media").getJsonObject(0)
        .getString("processing_status"));

    api().post("/api/media/" + slug + "/activate");
    assertEquals(slug, dashboard().getString("active"));

    boolean paused = api().post("/api/playback/toggle").data().getBoolean("paused");
    assertEquals(!paused, dashboard().getJsonObject("status").getJsonObject("player")
        .getBoolean("is_playing"));

    String mode = api().post("/api/playback/loop-mode").data().getString("loop_mode");
    assertEquals(mode, dashboard().getJsonObject("status").getJsonObject("player")
        .getString("loop_mode"));

    api().delete("/api/loop/" + slug);
    assertFalse(Api.strings(dashboard().get("loop")).contains(slug));

    api().delete("/api/media/" + slug);
    assertFalse(dashboard().getJsonArray("media").stream()
        .anyMatch(m -> m.asJsonObject().getString("slug").equals(slug)));
  }

  @Test
  void unchangedStateIsServedFromTheSnapshot() throws InterruptedException {
    JsonObject first = dashboard();
    Thread.sleep(1100);
    JsonObject second = dashboard();
    assertEquals(first.getJsonNumber("last_updated"), second.getJsonNumber("last_updated"),
        "no change happened, so the snapshot (and its build time) must be reused");
    assertTrue(second.getJsonObject("status").getJsonNumber("timestamp").longValue()
        > first.getJsonObject("status").getJsonNumber("timestamp").longValue() - 1);
    api().post("/api/playback/toggle");
    api().post("/api/playback/toggle");
    assertTrue(dashboard().getJsonNumber("last_updated").longValue()
        > first.getJsonNumber("last_updated").longValue(), "a change rebuilds the snapshot");
  }

  @Test
  void serverSentEventsTellAboutCommittedChanges() throws Exception {
    var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
    var response = api().lines("/api/events", "text/event-stream");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("")
        .startsWith("text/event-stream"));
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    assertEquals("event: hello", poll(lines, "event: hello"));

    api().post("/api/playback/toggle");

    assertEquals("event: player", poll(lines, "event: player"));
    String data = poll(lines, "data:");
    assertTrue(data.contains("\"paused\""), data);
    api().post("/api/playback/toggle");
  }

  static String poll(java.util.concurrent.BlockingQueue<String> lines, String prefix)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
    }
    return "nothing starting with " + prefix + " within 10 s";
  }

  @Test
  void pollRoutesUseLoopShapes() {
    JsonObject status = api().get("/api/poll/status").data();
    assertTrue(status.keySet().containsAll(
        Set.of("timestamp", "player", "wifi", "updates", "media", "processing")));
    assertTrue(status.getJsonObject("wifi").containsKey("error"));
    JsonObject progress = api().get("/api/poll/progress").data();
    assertTrue(progress.containsKey("active_jobs") && progress.containsKey("timestamp"));
    JsonObject health = api().get("/api/poll/health").data();
    assertTrue(health.containsKey("healthy"));
    assertTrue(health.getJsonObject("metrics").containsKey("disk_free_gb"));
  }

  @Test
  void healthEndpointsForSystemd() {
    for (String probe : new String[] {"/health/live", "/health/ready", "/health/started"}) {
      String base = api().base();
      String root = base.substring(0, base.indexOf('/', "http://".length()));
      Api.Reply r = new Api(toUrl(root)).get(probe);
      assertEquals(200, r.status(), probe + " " + r.body());
      assertEquals("UP", r.object().getString("status"));
    }
    String root = api().base().substring(0, api().base().indexOf('/', "http://".length()));
    JsonObject ready = new Api(toUrl(root)).get("/health/ready").object();
    assertTrue(ready.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name"))
        .toList().containsAll(java.util.List.of("index", "data-dir")));
    JsonObject live = new Api(toUrl(root)).get("/health/live").object();
    assertTrue(live.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name"))
        .toList().containsAll(java.util.List.of("index", "heap")), live.toString());
  }

  static URL toUrl(String s) {
    try {
      return java.net.URI.create(s).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
