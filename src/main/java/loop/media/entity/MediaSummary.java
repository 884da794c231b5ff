package loop.media.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/**
 * One library item as the dashboard and the media list show it: LOOP's 11 keys (with
 * {@code uploadedAt} in LOOP's camelCase) plus {@code error} and {@code fit}.
 */
public record MediaSummary(
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
    String processingStatus,
    String error,
    String fit) {

  public static MediaSummary of(MediaItem m) {
    return new MediaSummary(
        m.getSlug(),
        m.getFilename(),
        m.getType(),
        m.getSize(),
        Instant.ofEpochMilli(m.getUploadedAt()).toString(),
        "/api/media/" + m.getSlug() + "/original",
        m.getDuration(),
        m.getWidth(),
        m.getHeight(),
        m.getFrameCount(),
        m.getProcessingStatus().wire(),
        m.getError(),
        m.getFit().wire());
  }
}
