package loop.media.entity;

import loop.Change;

/** A processing job was created or moved on (stage, percent, or finished). */
public record JobProgressed(String jobId, String slug, ProcessingJob.Status status, int progress) implements Change {}
