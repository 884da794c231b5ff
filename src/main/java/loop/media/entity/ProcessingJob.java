package loop.media.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A queued or running conversion of one upload; LOOP's processing_jobs row, persisted. */
@Entity
@Table(
    name = "PROCESSING_JOB",
    indexes = {
      @Index(name = "JOB_STATUS", columnList = "STATUS"),
      // the worker's claim: queued jobs oldest first, without sorting in a temp b-tree
      @Index(name = "JOB_QUEUE", columnList = "STATUS, CREATEDAT"),
      @Index(name = "JOB_SLUG", columnList = "SLUG")
    })
@NamedQuery(
    name = ProcessingJob.UNFINISHED,
    query = "SELECT j FROM ProcessingJob j WHERE j.status IN :states ORDER BY j.createdAt")
@NamedQuery(name = ProcessingJob.BY_SLUG, query = "SELECT j FROM ProcessingJob j WHERE j.slug = :slug")
public class ProcessingJob {

  public static final String UNFINISHED = "ProcessingJob.unfinished";
  public static final String BY_SLUG = "ProcessingJob.bySlug";

  /** Job states on the wire: {@code queued|processing|completed|error}. */
  public enum Status {
    QUEUED,
    PROCESSING,
    COMPLETED,
    ERROR
  }

  @Id private String jobId;

  private String slug;
  private String filename;

  @Enumerated(EnumType.STRING)
  private Status status = Status.QUEUED;

  /** 0..100. */
  private int progress;

  private String stage = "queued";
  private String message = "Waiting for a converter";
  /** How often a worker started this job; a restart mid-conversion leaves it counted. */
  private int attempts;

  private long createdAt;
  private long updatedAt;

  @Version private int version;

  protected ProcessingJob() {}

  public ProcessingJob(String jobId, String slug, String filename) {
    this.jobId = jobId;
    this.slug = slug;
    this.filename = filename;
    this.createdAt = System.currentTimeMillis();
    this.updatedAt = createdAt;
  }

  public String getJobId() {
    return jobId;
  }

  public String getSlug() {
    return slug;
  }

  public String getFilename() {
    return filename;
  }

  public Status getStatus() {
    return status;
  }

  public int getProgress() {
    return progress;
  }

  public String getStage() {
    return stage;
  }

  public String getMessage() {
    return message;
  }

  public int getAttempts() {
    return attempts;
  }

  /** A worker starts the job. */
  public void attempted() {
    attempts++;
  }

  public long getCreatedAt() {
    return createdAt;
  }

  public long getUpdatedAt() {
    return updatedAt;
  }

  /** Moves the job on; progress is clamped to 0..100. */
  public void progressed(Status status, String stage, int progress, String message) {
    this.status = status;
    this.stage = stage;
    this.progress = Math.max(0, Math.min(100, progress));
    this.message = message;
    this.updatedAt = System.currentTimeMillis();
  }
}
