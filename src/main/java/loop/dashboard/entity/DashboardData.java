package loop.dashboard.entity;

import java.util.List;
import java.util.Map;
import loop.media.entity.JobView;
import loop.media.entity.MediaSummary;

/**
 * LOOP's raw {@code DashboardData}: device status, the first page of the library (newest first,
 * at most {@code MediaLibrary.DEFAULT_PAGE} items; {@code media_total} items in all and
 * {@code media_next_cursor} to go on with {@code GET /api/media?cursor=}), the active slug, the
 * loop order, {@code last_updated}: when the state last changed (the snapshot was built, unix s),
 * and unfinished jobs by id. {@code status.timestamp} is the time of the request.
 */
public record DashboardData(
    DeviceStatus status,
    List<MediaSummary> media,
    String active,
    List<String> loop,
    long lastUpdated,
    Map<String, JobView> processing,
    long mediaTotal,
    String mediaNextCursor) {

  /** The same snapshot with the device status stamped {@code now} (unix s), as LOOP did. */
  public DashboardData at(long now) {
    DeviceStatus s = status;
    return new DashboardData(
        new DeviceStatus(s.system(), s.status(), now, s.player(), s.wifi(), s.updates()),
        media, active, loop, lastUpdated, processing, mediaTotal, mediaNextCursor);
  }
}
