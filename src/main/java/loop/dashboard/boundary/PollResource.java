package loop.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import loop.media.boundary.MediaLibrary;
import loop.media.entity.JobView;
import loop.player.boundary.Playback;
import loop.player.boundary.Player;
import loop.player.control.PacingStats;
import loop.player.entity.PlayerStatus;
import loop.system.boundary.DeviceFigures;
import loop.system.boundary.Wifi;
import loop.system.entity.HardwareFigures;
import loop.system.entity.MemoryFigures;
import loop.system.entity.Throttling;
import loop.system.entity.StorageFigures;
import loop.web.Envelope;

/** LOOP's three poll routes: everything at once, upload progress, and a health summary. */
@Path("poll")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

  static final Map<String, String> NOT_AVAILABLE = Map.of("error", "not available on this device");

  @Inject Dashboard dashboard;
  @Inject MediaLibrary media;
  @Inject Player player;
  @Inject DeviceFigures figures;
  @Inject Playback playback;
  @Inject Wifi wifi;

  @GET
  @Path("status")
  public Envelope status() {
    PlayerStatus p = player.status();
    long total = media.count();
    Map<String, JobView> jobs = dashboard.jobs();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("timestamp", now());
    data.put("player", p);
    data.put("wifi", wifi.status().json());
    data.put("updates", NOT_AVAILABLE);
    Map<String, Object> mediaFigures = new LinkedHashMap<>();
    mediaFigures.put("total_count", total);
    mediaFigures.put("loop_count", p.totalMedia());
    mediaFigures.put("active", p.currentMedia());
    mediaFigures.put("has_media", total > 0);
    data.put("media", mediaFigures);
    data.put("processing", Map.of("active_jobs", jobs.size(), "jobs", jobs));
    data.put("playback", playbackFigures());
    return Envelope.ok("Status", data);
  }

  @GET
  @Path("progress")
  public Envelope progress() {
    Map<String, Object> active = new LinkedHashMap<>();
    dashboard.jobs().forEach((id, j) -> active.put(id, progressOf(j)));
    return Envelope.ok("Progress", Map.of("active_jobs", active, "timestamp", now()));
  }

  @GET
  @Path("health")
  public Envelope health() {
    MemoryFigures m = figures.memory();
    StorageFigures s = figures.storage();
    double memPercent = m.deviceTotal() > 0
        ? 100.0 * (m.deviceTotal() - m.deviceAvailable()) / m.deviceTotal() : -1;
    double diskFreePercent = s.total() > 0 ? 100.0 * s.free() / s.total() : -1;
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("timestamp", now());
    metrics.put("memory_percent", round(memPercent));
    metrics.put("memory_available_mb", m.deviceAvailable() / (1024 * 1024));
    metrics.put("disk_free_percent", round(diskFreePercent));
    metrics.put("disk_free_gb", s.free() / (1024L * 1024 * 1024));
    metrics.put("components",
        Map.of("display", false, "wifi", wifi.status().available(), "updater", false));
    metrics.put("process_rss_mb", m.processRss() < 0 ? -1 : m.processRss() / (1024 * 1024));
    metrics.put("low_memory_mode", m.lowMemoryMode());
    metrics.putAll(hardware(figures.hardware()));
    boolean healthy = memPercent < 80 && diskFreePercent > 10;
    return Envelope.ok("Health", Map.of("healthy", healthy, "metrics", metrics));
  }

  /** {@code hardware: {model, ram_total_mb}} and {@code throttling: {available, raw, flags}}. */
  static Map<String, Object> hardware(HardwareFigures h) {
    Map<String, Object> board = new LinkedHashMap<>();
    board.put("model", h.model());
    board.put("ram_total_mb", h.ramTotal() < 0 ? -1 : h.ramTotal() / (1024 * 1024));
    Throttling t = h.throttling();
    Map<String, Object> throttling = new LinkedHashMap<>();
    throttling.put("available", t.available());
    throttling.put("raw", t.available() ? "0x" + Long.toHexString(t.raw()) : null);
    throttling.put("flags", t.flagMap());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hardware", board);
    out.put("throttling", throttling);
    return out;
  }

  /** The engine's figures: frames, late frames, pacing error quantiles, where it is. */
  Map<String, Object> playbackFigures() {
    PacingStats s = playback.stats();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("frames_shown", s.frames());
    figures.put("late_frames", s.late());
    figures.put("pacing_p50_ms", s.quantileMs(0.50));
    figures.put("pacing_p99_ms", s.quantileMs(0.99));
    figures.put("current_item", playback.currentSlug());
    figures.put("current_frame", playback.currentFrame());
    figures.put("engine_restarts", playback.restarts());
    return figures;
  }

  static Map<String, Object> progressOf(JobView j) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("filename", j.filename());
    p.put("progress", j.progress());
    p.put("stage", j.stage());
    p.put("message", j.message());
    p.put("timestamp", j.timestamp());
    return p;
  }

  static double now() {
    return System.currentTimeMillis() / 1000.0;
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
