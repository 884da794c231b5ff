package loop.media.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Arrays;
import java.util.List;

/** One item in full: the summary plus per-frame durations and the file's own loop count. */
public record MediaDetail(
    String slug,
    String filename,
    String type,
    long size,
    @JsonbProperty("uploadedAt") String uploadedAt,
    String url,
    Double duration,
    Integer width,
    Integer height,
    Integer frameCount,
    List<Integer> durationsMs,
    Integer loopCount,
    String processingStatus,
    String error,
    String fit) {

  public static MediaDetail of(MediaItem m) {
    MediaSummary s = MediaSummary.of(m);
    return new MediaDetail(
        s.slug(), s.filename(), s.type(), s.size(), s.uploadedAt(), s.url(), s.duration(),
        s.width(), s.height(), s.frameCount(), durations(m.getDurationsMs()), m.getLoopCount(),
        s.processingStatus(), s.error(), s.fit());
  }

  static List<Integer> durations(String csv) {
    if (csv == null || csv.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
  }
}
