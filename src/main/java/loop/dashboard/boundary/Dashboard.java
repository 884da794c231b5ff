package loop.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import loop.dashboard.control.DashboardCache;
import loop.dashboard.entity.DashboardData;
import loop.dashboard.entity.DeviceStatus;
import loop.media.boundary.MediaLibrary;
import loop.media.entity.JobView;
import loop.media.entity.MediaPage;
import loop.player.boundary.Player;
import loop.playlist.boundary.Playlist;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the aggregated status the UI polls, served from {@link DashboardCache}. */
@ApplicationScoped
public class Dashboard {

  @Inject DashboardCache cache;
  @Inject MediaLibrary media;
  @Inject Playlist playlist;
  @Inject Player player;

  @Inject
  @ConfigProperty(name = "loop.version", defaultValue = "0.1.0")
  String version;

  /** The current dashboard: the cached snapshot, stamped with the time of this request. */
  public DashboardData data() {
    return cache.get(this::build).at(System.currentTimeMillis() / 1000);
  }

  DashboardData build() {
    long now = System.currentTimeMillis() / 1000;
    var status = new DeviceStatus("Loop v" + version, "running", now, player.status(), null, null);
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
