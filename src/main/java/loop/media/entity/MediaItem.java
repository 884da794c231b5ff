package loop.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One uploaded picture, animation or video: LOOP's media row plus frame geometry, per-frame
 * durations, the file's own loop count and the reason it failed, if it did.
 */
@Entity
@Table(
    name = "MEDIA",
    indexes = {
      @Index(name = "MEDIA_SLUG", columnList = "SLUG", unique = true),
      @Index(name = "MEDIA_UPLOADED", columnList = "UPLOADEDAT"),
      @Index(name = "MEDIA_STATUS", columnList = "PROCESSINGSTATUS"),
      @Index(name = "MEDIA_HASH", columnList = "CONTENTHASH"),
      // deleting an item asks whether another item still uses its pack
      @Index(name = "MEDIA_PACK", columnList = "PACKNAME")
    })
@NamedQuery(
    name = MediaItem.ALL_NEWEST_FIRST,
    query = "SELECT m FROM MediaItem m ORDER BY m.uploadedAt DESC, m.id DESC")
@NamedQuery(
    name = MediaItem.PAGE_AFTER,
    query = "SELECT m FROM MediaItem m WHERE m.uploadedAt <= :at AND (m.uploadedAt < :at OR m.id < :id)"
        + " ORDER BY m.uploadedAt DESC, m.id DESC")
@NamedQuery(name = MediaItem.BY_SLUG, query = "SELECT m FROM MediaItem m WHERE m.slug = :slug")
@NamedQuery(name = MediaItem.COUNT, query = "SELECT COUNT(m) FROM MediaItem m")
@NamedQuery(
    name = MediaItem.COMPLETED_SLUGS,
    query = "SELECT m.slug FROM MediaItem m WHERE m.processingStatus = "
        + "loop.media.entity.ProcessingStatus.COMPLETED")
@NamedQuery(
    name = MediaItem.FRAMES_USERS,
    query = "SELECT COUNT(m) FROM MediaItem m WHERE m.framesSource = :frames")
@NamedQuery(
    name = MediaItem.PACK_USERS,
    query = "SELECT COUNT(m) FROM MediaItem m WHERE m.packName = :pack")
public class MediaItem {

  public static final String ALL_NEWEST_FIRST = "MediaItem.allNewestFirst";
  public static final String BY_SLUG = "MediaItem.bySlug";
  /** The page after a cursor (upload time, id), newest first; the index on UPLOADEDAT answers. */
  public static final String PAGE_AFTER = "MediaItem.pageAfter";
  public static final String COUNT = "MediaItem.count";
  public static final String PACK_USERS = "MediaItem.packUsers";
  public static final String FRAMES_USERS = "MediaItem.framesUsers";

  /** How a kept frames ZIP is named: {@code <sha256 prefix>.frames.zip}. */
  public static final String FRAMES_SUFFIX = ".frames.zip";
  public static final String COMPLETED_SLUGS = "MediaItem.completedSlugs";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String slug;

  /** The name the user gave the file, Unicode kept, path parts removed. */
  @Column(nullable = false)
  private String filename;

  /** MIME type decided from the content. */
  @Column(nullable = false)
  private String type;

  /** Bytes of the original upload. */
  private long size;

  /** Upload time, epoch milliseconds (UTC). */
  private long uploadedAt;

  /** SHA-256 of the original, hex. */
  @Column(nullable = false)
  private String contentHash;

  /** File name of the stored original inside the originals directory. */
  private String storedName;

  /**
   * File name of the frame pack inside the packs directory, null until converted. Named by
   * content and fit, so the same bytes uploaded under another name share it.
   */
  private String packName;

  /**
   * File name (in the originals directory) of the frames ZIP a LOOP client sent with the
   * original ({@code <base>_frames.zip}); its frames are used as they are. Null for most items.
   * Named by the ZIP's content, so items that share it share the file.
   */
  private String framesSource;

  /** Fit with bars or crop to fill; chosen per item. */
  @Enumerated(EnumType.STRING)
  private FitMode fit = FitMode.FIT;

  private Integer width;
  private Integer height;
  private Integer frameCount;

  /** Total play time of one pass in seconds, null until converted. */
  private Double duration;

  /** Per-frame durations in ms, comma separated; null until converted. */
  private String durationsMs;

  /** The file's own loop count (0 = forever), null until converted. */
  private Integer loopCount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProcessingStatus processingStatus = ProcessingStatus.UPLOADED;

  /** Why conversion failed, as a sentence for the user. */
  private String error;

  @Version private int version;

  protected MediaItem() {}

  public MediaItem(String slug, String filename, String type, long size, String contentHash) {
    this.slug = slug;
    this.filename = filename;
    this.type = type;
    this.size = size;
    this.contentHash = contentHash;
    this.uploadedAt = System.currentTimeMillis();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getFilename() {
    return filename;
  }

  public String getType() {
    return type;
  }

  public long getSize() {
    return size;
  }

  public long getUploadedAt() {
    return uploadedAt;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getStoredName() {
    return storedName;
  }

  public void setStoredName(String storedName) {
    this.storedName = storedName;
  }

  public String getPackName() {
    return packName;
  }

  public FitMode getFit() {
    return fit;
  }

  public void setFit(FitMode fit) {
    this.fit = fit;
  }

  public String getFramesSource() {
    return framesSource;
  }

  public void setFramesSource(String framesSource) {
    this.framesSource = framesSource;
  }

  /** What the conversion reads: the frames ZIP sent with the original, else the original. */
  public String conversionSource() {
    return framesSource != null ? framesSource : storedName;
  }

  /** The content type of {@link #conversionSource()}. */
  public String conversionType() {
    return framesSource != null ? "application/zip" : type;
  }

  /** The fit its current pack was made with (FIT when it has none yet). */
  public FitMode packFit() {
    return packName != null && packName.endsWith("-crop.pack") ? FitMode.CROP : FitMode.FIT;
  }

  /** The pack name for this item's content and fit: {@code <sha256 prefix>-<fit>.pack}. */
  public String packNameForContent() {
    if (framesSource != null) { // pre-converted frames: fit does not apply
      return framesSource.replace(FRAMES_SUFFIX, "-frames.pack");
    }
    return contentHash.substring(0, 32) + "-" + fit.name().toLowerCase(java.util.Locale.ROOT)
        + ".pack";
  }

  public Integer getWidth() {
    return width;
  }

  public Integer getHeight() {
    return height;
  }

  public Integer getFrameCount() {
    return frameCount;
  }

  public Double getDuration() {
    return duration;
  }

  public String getDurationsMs() {
    return durationsMs;
  }

  public Integer getLoopCount() {
    return loopCount;
  }

  /** Records the geometry and timing of a finished conversion. */
  public void converted(String packName, int width, int height, int[] durationsMs,
      int loopCount) {
    this.packName = packName;
    this.width = width;
    this.height = height;
    this.frameCount = durationsMs.length;
    this.loopCount = loopCount;
    StringBuilder csv = new StringBuilder();
    long total = 0;
    for (int d : durationsMs) {
      if (csv.length() > 0) {
        csv.append(',');
      }
      csv.append(d);
      total += d;
    }
    this.durationsMs = csv.toString();
    this.duration = total / 1000.0;
    this.processingStatus = ProcessingStatus.COMPLETED;
    this.error = null;
  }

  /** Forgets a conversion whose frames were lost: waits for a new one. */
  public void queuedAgain() {
    this.packName = null;
    this.width = null;
    this.height = null;
    this.frameCount = null;
    this.loopCount = null;
    this.durationsMs = null;
    this.duration = null;
    this.processingStatus = ProcessingStatus.UPLOADED;
    this.error = null;
  }

  public ProcessingStatus getProcessingStatus() {
    return processingStatus;
  }

  public void setProcessingStatus(ProcessingStatus processingStatus) {
    this.processingStatus = processingStatus;
  }

  public String getError() {
    return error;
  }

  /** Marks the item failed with a human reason. */
  public void failed(String reason) {
    this.processingStatus = ProcessingStatus.ERROR;
    this.error = reason;
  }

  /** A failed item queued for another conversion: its old reason no longer applies. */
  public void requeued() {
    this.processingStatus = ProcessingStatus.UPLOADED;
    this.error = null;
  }

  public int getVersion() {
    return version;
  }

  /** True when the item may sit in the loop: anything not failed. */
  public boolean playableLater() {
    return processingStatus != ProcessingStatus.ERROR;
  }
}
