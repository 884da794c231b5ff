package loop.media.entity;

/**
 * A job a worker has taken (QUEUED → PROCESSING) and what it needs to convert the item.
 *
 * @param jobId the job
 * @param slug the item
 * @param storedName the original's file name in the originals directory
 * @param mimeType the type decided from the content
 * @param packName the pack the conversion must produce
 * @param fit fit or crop
 */
public record Claim(
    String jobId, String slug, String storedName, String mimeType, String packName, FitMode fit) {}
