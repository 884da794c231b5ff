package loop.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.IOException;
import java.io.OutputStream;
import loop.dashboard.control.DashboardCache;
import loop.dashboard.control.DashboardJson;
import loop.dashboard.entity.DashboardData;
import loop.dashboard.entity.DeviceStatus;
import loop.media.boundary.MediaLibrary;
import loop.media.entity.JobView;
import loop.media.entity.MediaPage;
import loop.player.boundary.Player;
import loop.playlist.boundary.Playlist;
import loop.system.boundary.Wifi;
import loop.web.JsonConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the aggregated status the UI polls, served from {@link DashboardCache}. */
@ApplicationScoped
public class Dashboard {

  @Inject DashboardCache cache;
  @Inject MediaLibrary media;
  @Inject Playlist playlist;
  @Inject Player player;
  @Inject Wifi wifi;

  @Inject
  @ConfigProperty(name = "loop.version", defaultValue = "0.1.0")
  String version;

  private final DashboardJson json = new DashboardJson(new JsonConfig().getContext(null));

  /**
   * The current dashboard as JSON: the cached snapshot (rendered once), stamped with the time of
   * this request.
   */
  public void writeJson(OutputStream out) throws IOException {
    json.write(cache.get(this::build), System.currentTimeMillis() / 1000, out);
  }

  DashboardData build() {
    long now = System.currentTimeMillis() / 1000;
    var status = new DeviceStatus("Loop v" + version, "running", now, player.status(),
        wifi.status().json(), null);
    MediaPage first = media.page(MediaLibrary.DEFAULT_PAGE, null);
    return new DashboardData(status, first.media(), player.activeSlug(), playlist.slugs(), now,
        jobs(), media.count(), first.nextCursor());
  }

  /** Unfinished jobs keyed by id, oldest first. */
  public Map<String, JobView> jobs() {
    Map<String, JobView> jobs = new LinkedHashMap<>();
    media.activeJobs().forEach(j -> jobs.put(j.jobId(), j));
    return jobs;
  }
}
