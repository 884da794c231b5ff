package loop.media.entity;

/** LOOP's processing job shape; {@code timestamp} is the last update in unix seconds. */
public record JobView(
    String jobId,
    String slug,
    String filename,
    String status,
    int progress,
    String stage,
    String message,
    long timestamp) {

  public static JobView of(ProcessingJob j) {
    return new JobView(
        j.getJobId(), j.getSlug(), j.getFilename(),
        j.getStatus().name().toLowerCase(java.util.Locale.ROOT), j.getProgress(), j.getStage(),
        j.getMessage(), j.getUpdatedAt() / 1000);
  }
}
