package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingJob;

/** The media component's only {@link EntityManager} user: media rows and their jobs. */
@ApplicationScoped
public class MediaStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  public List<MediaItem> newestFirst() {
    return em.createNamedQuery(MediaItem.ALL_NEWEST_FIRST, MediaItem.class).getResultList();
  }

  /**
   * Up to {@code max} items newest first (upload time, then id, both descending), starting after
   * the item at {@code (at, id)}, or from the newest when {@code at} is null.
   */
  public List<MediaItem> page(Long at, long id, int max) {
    var query = at == null
        ? em.createNamedQuery(MediaItem.ALL_NEWEST_FIRST, MediaItem.class)
        : em.createNamedQuery(MediaItem.PAGE_AFTER, MediaItem.class)
            .setParameter("at", at)
            .setParameter("id", id);
    return query.setMaxResults(max).getResultList();
  }

  public Optional<MediaItem> bySlug(String slug) {
    return em.createNamedQuery(MediaItem.BY_SLUG, MediaItem.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery(MediaItem.COUNT, Long.class).getSingleResult();
  }

  /** Slugs of every converted (playable) item. */
  public List<String> completedSlugs() {
    return em.createNamedQuery(MediaItem.COMPLETED_SLUGS, String.class).getResultList();
  }

  /** How many items use the frame pack {@code packName}. */
  public long packUsers(String packName) {
    return em.createNamedQuery(MediaItem.PACK_USERS, Long.class)
        .setParameter("pack", packName)
        .getSingleResult();
  }

  public long framesUsers(String framesSource) {
    return em.createNamedQuery(MediaItem.FRAMES_USERS, Long.class)
        .setParameter("frames", framesSource)
        .getSingleResult();
  }

  /**
   * The indexes added after the first release, for index files made before them: EclipseLink's
   * create-or-extend adds missing columns but not missing indexes. New files get them from the
   * {@code @Index} annotations already; these statements must name the same columns.
   */
  static final List<String> LATER_INDEXES = List.of(
      "CREATE INDEX IF NOT EXISTS MEDIA_PACK ON MEDIA (PACKNAME)",
      "CREATE INDEX IF NOT EXISTS JOB_QUEUE ON PROCESSING_JOB (STATUS, CREATEDAT)");

  public void addMissingIndexes() {
    LATER_INDEXES.forEach(ddl -> em.createNativeQuery(ddl).executeUpdate());
  }

  public Optional<ProcessingJob> job(String jobId) {
    return Optional.ofNullable(em.find(ProcessingJob.class, jobId));
  }

  public void add(MediaItem item) {
    em.persist(item);
  }

  public void add(ProcessingJob job) {
    em.persist(job);
  }

  public void remove(MediaItem item) {
    em.remove(item);
  }

  public void remove(ProcessingJob job) {
    em.remove(job);
  }

  public void flush() {
    em.flush();
  }

  /** Jobs in the given states, oldest first. */
  public List<ProcessingJob> jobsIn(List<ProcessingJob.Status> states) {
    return em.createNamedQuery(ProcessingJob.UNFINISHED, ProcessingJob.class)
        .setParameter("states", states)
        .getResultList();
  }

  public List<ProcessingJob> jobsOf(String slug) {
    return em.createNamedQuery(ProcessingJob.BY_SLUG, ProcessingJob.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  public void removeJobsOf(String slug) {
    em.createNamedQuery(ProcessingJob.BY_SLUG, ProcessingJob.class)
        .setParameter("slug", slug)
        .getResultList()
        .forEach(em::remove);
  }
}
