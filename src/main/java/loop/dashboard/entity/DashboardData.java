package loop.dashboard.entity;

import java.util.List;
import java.util.Map;
import loop.media.entity.JobView;
import loop.media.entity.MediaSummary;

/**
 * LOOP's raw {@code DashboardData}: device status, the library (newest first), the active slug,
 * the loop order, when this snapshot was built (unix s) and unfinished jobs by id.
 */
public record DashboardData(
    DeviceStatus status,
    List<MediaSummary> media,
    String active,
    List<String> loop,
    long lastUpdated,
    Map<String, JobView> processing) {}
