package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingJob;

/**
 * The media index's state changes, each one short transaction with no file I/O inside. Events are
 * fired inside the transaction, so synchronous observers (the loop, the player) change their rows
 * in the same commit and after-success observers (the dashboard cache) see only committed state.
 */
@ApplicationScoped
public class MediaIndex {

  /** What registering an upload did: the item's slug, its job, and whether it already existed. */
  public record Registered(String slug, String jobId, boolean existed) {}

  @Inject MediaStore store;
  @Inject Event<MediaDeleted> deleted;
  @Inject Event<JobProgressed> jobs;

  @Transactional
  public Optional<MediaItem> bySlug(String slug) {
    return store.bySlug(slug);
  }

  @Transactional
  public List<MediaItem> newestFirst() {
    return store.newestFirst();
  }

  @Transactional
  public List<ProcessingJob> jobsIn(List<ProcessingJob.Status> states) {
    return store.jobsIn(states);
  }

  @Transactional
  public long count() {
    return store.count();
  }

  /** Adds an uploaded original with a queued job, unless the same slug is already there. */
  @Transactional
  public Registered register(MediaItem item) {
    Optional<MediaItem> existing = store.bySlug(item.getSlug());
    if (existing.isPresent()) {
      return new Registered(existing.get().getSlug(), null, true);
    }
    store.add(item);
    ProcessingJob job = new ProcessingJob(UUID.randomUUID().toString(), item.getSlug(),
        item.getFilename());
    store.add(job);
    store.flush();
    jobs.fire(new JobProgressed(job.getJobId(), item.getSlug(), job.getStatus(), 0));
    return new Registered(item.getSlug(), job.getJobId(), false);
  }

  /** Removes the row and its jobs; returns the stored original's name for the caller to delete. */
  @Transactional
  public Optional<String> delete(String slug) {
    Optional<MediaItem> item = store.bySlug(slug);
    item.ifPresent(
        m -> {
          store.removeJobsOf(slug);
          store.remove(m);
          deleted.fire(new MediaDeleted(slug));
        });
    return item.map(MediaItem::getStoredName);
  }
}
