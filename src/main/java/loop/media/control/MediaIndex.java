package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import loop.media.entity.Claim;
import loop.media.entity.FitMode;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaFailed;
import loop.media.entity.MediaImported;
import loop.media.entity.MediaItem;
import loop.media.entity.ProcessingJob;
import loop.media.entity.ProcessingJob.Status;
import loop.media.entity.ProcessingStatus;

/**
 * The media index's state changes, each one short transaction with no file I/O inside. Events are
 * fired inside the transaction, so synchronous observers (the loop, the player) change their rows
 * in the same commit and after-success observers (caches, the worker) see only committed state.
 */
@ApplicationScoped
@Transactional
public class MediaIndex {

  /** What registering an upload did: the item's slug, its job, and whether it already existed. */
  public record Registered(String slug, String jobId, boolean existed) {}

  /** What a finished conversion left to do: whether it was kept, and a pack nobody uses now. */
  public record Completed(boolean kept, String unusedPack) {}

  /** What deleting left for the caller to remove from disk (null: nothing / still shared). */
  public record Removed(String storedName, String packName, String framesSource) {}

  @Inject MediaStore store;
  @Inject Event<MediaDeleted> deleted;
  @Inject Event<MediaImported> imported;
  @Inject Event<MediaFailed> failed;
  @Inject Event<JobProgressed> jobs;

  public Optional<MediaItem> bySlug(String slug) {
    return store.bySlug(slug);
  }

  public List<MediaItem> newestFirst() {
    return store.newestFirst();
  }

  public List<MediaItem> page(Long at, long id, int max) {
    return store.page(at, id, max);
  }

  public List<ProcessingJob> jobsIn(List<Status> states) {
    return store.jobsIn(states);
  }

  public long count() {
    return store.count();
  }

  /** Adds an uploaded original with a queued job, unless the same slug is already there. */
  public Registered register(MediaItem item) {
    Optional<MediaItem> existing = store.bySlug(item.getSlug());
    if (existing.isPresent()) {
      return new Registered(existing.get().getSlug(), null, true);
    }
    store.add(item);
    ProcessingJob job =
        new ProcessingJob(UUID.randomUUID().toString(), item.getSlug(), item.getFilename());
    store.add(job);
    store.flush();
    announce(job);
    return new Registered(item.getSlug(), job.getJobId(), false);
  }

  /** Takes the oldest queued job (QUEUED → PROCESSING), or null when none is waiting. */
  public Claim claimNext() {
    for (ProcessingJob job : store.jobsIn(List.of(Status.QUEUED))) {
      Optional<MediaItem> item = store.bySlug(job.getSlug());
      if (item.isEmpty()) {
        store.removeJobsOf(job.getSlug());
        continue;
      }
      MediaItem m = item.get();
      job.attempted();
      job.progressed(Status.PROCESSING, "converting", 0, "Converting");
      if (m.getProcessingStatus() != ProcessingStatus.COMPLETED) {
        m.setProcessingStatus(ProcessingStatus.PROCESSING); // a re-fit keeps playing its old pack
      }
      store.flush();
      announce(job);
      return new Claim(job.getJobId(), m.getSlug(), m.conversionSource(), m.conversionType(),
          m.packNameForContent(), m.getFit());
    }
    return null;
  }

  /** Records progress of a running job (0..100) with a stage name. */
  public void progress(String jobId, String stage, int percent) {
    store.job(jobId).ifPresent(job -> {
      job.progressed(Status.PROCESSING, stage, percent, "Converting: " + percent + " %");
      announce(job);
    });
  }

  /**
   * Marks the item playable with its pack. Not kept when the item was deleted meanwhile (the
   * caller then removes the pack unless another item uses it); after a re-fit, the pack the item
   * played before is named when nobody uses it any more.
   */
  public Completed completed(Claim claim, int width, int height, int[] durations, int loopCount) {
    Optional<ProcessingJob> job = store.job(claim.jobId());
    Optional<MediaItem> item = store.bySlug(claim.slug());
    if (job.isEmpty() || item.isEmpty()) {
      return new Completed(false, null); // deleted meanwhile (perhaps re-uploaded: not ours)
    }
    job.get().progressed(Status.COMPLETED, "completed", 100, "Completed");
    announce(job.get());
    MediaItem m = item.get();
    boolean refit = m.getProcessingStatus() == ProcessingStatus.COMPLETED;
    String before = m.getPackName();
    m.converted(claim.packName(), width, height, durations, loopCount);
    store.flush();
    imported.fire(new MediaImported(claim.slug(), !refit));
    return new Completed(true,
        before == null || before.equals(claim.packName()) ? null : unusedPack(before));
  }

  /** Marks the item failed with the user's sentence; it leaves the loop in the same commit. */
  public void failed(Claim claim, String reason) {
    Optional<ProcessingJob> job = store.job(claim.jobId());
    if (job.isEmpty()) {
      return; // deleted meanwhile: nothing of ours to mark
    }
    job.get().progressed(Status.ERROR, "error", 100, reason);
    announce(job.get());
    store.bySlug(claim.slug()).ifPresent(m -> {
      if (m.getProcessingStatus() == ProcessingStatus.COMPLETED) {
        m.setFit(m.packFit()); // a failed re-fit: it keeps playing as before; the job says why
        return;
      }
      m.failed(reason);
      store.flush();
      failed.fire(new MediaFailed(m.getSlug(), reason));
    });
  }

  /** What a change of fit did: nothing (same fit or busy) or a conversion queued. */
  public enum Refit { UNCHANGED, QUEUED, BUSY, UNKNOWN, READY_MADE }

  /**
   * Changes how the item fills the screen. A converted or failed item is converted again (a
   * converted one keeps playing its current frames until the new ones are complete); a queued
   * one converts with the new fit when its turn comes. Refused (BUSY) while a conversion runs.
   */
  public Refit refit(String slug, FitMode fit) {
    Optional<MediaItem> found = store.bySlug(slug);
    if (found.isEmpty()) {
      return Refit.UNKNOWN;
    }
    MediaItem m = found.get();
    if (m.getFit() == fit) {
      return Refit.UNCHANGED;
    }
    if (m.getFramesSource() != null) {
      return Refit.READY_MADE; // its frames came converted already (a frames ZIP): fit cannot apply
    }
    List<ProcessingJob> jobs = store.jobsOf(slug);
    if (jobs.stream().anyMatch(j -> j.getStatus() == Status.PROCESSING)) {
      return Refit.BUSY;
    }
    m.setFit(fit);
    if (jobs.stream().anyMatch(j -> j.getStatus() == Status.QUEUED)) {
      return Refit.QUEUED; // its conversion has not started: it reads the new fit
    }
    jobs.forEach(store::remove); // finished jobs of earlier conversions
    if (m.getProcessingStatus() == ProcessingStatus.ERROR) {
      m.requeued();
    }
    ProcessingJob job = new ProcessingJob(UUID.randomUUID().toString(), slug, m.getFilename());
    store.add(job);
    store.flush();
    announce(job);
    return Refit.QUEUED;
  }

  /** Slugs of every converted item. */
  public java.util.Set<String> completedSlugs() {
    return new java.util.HashSet<>(store.completedSlugs());
  }

  /** Takes a converted item out of rotation with a reason (its pack could not be played). */
  public void quarantine(String slug, String reason) {
    store.bySlug(slug).ifPresent(m -> {
      m.failed(reason);
      store.flush();
      failed.fire(new MediaFailed(slug, reason));
    });
  }

  /** Creates indexes an older index file lacks (see {@link MediaStore#LATER_INDEXES}). */
  public void addMissingIndexes() {
    store.addMissingIndexes();
  }

  /** Jobs a crash interrupted (PROCESSING at start-up) go back to the queue; returns how many. */
  public int requeueInterrupted() {
    List<ProcessingJob> interrupted = store.jobsIn(List.of(Status.PROCESSING));
    for (ProcessingJob job : interrupted) {
      if (job.getAttempts() >= MAX_ATTEMPTS) { // it stopped the device each time: give up
        String reason = "Converting it stopped the device " + job.getAttempts()
            + " times (probably too large for its memory).";
        failed(new Claim(job.getJobId(), job.getSlug(), null, null, null, null), reason);
        continue;
      }
      job.progressed(Status.QUEUED, "queued", 0, "Waiting for a converter (restarted)");
      store.bySlug(job.getSlug())
          .filter(m -> m.getProcessingStatus() != ProcessingStatus.COMPLETED) // a re-fit plays on
          .ifPresent(m -> m.setProcessingStatus(ProcessingStatus.UPLOADED));
    }
    return interrupted.size();
  }

  /** What reconciliation needs to know about every item. */
  public List<Reconciliation.Item> facts() {
    java.util.Set<String> queued = new java.util.HashSet<>();
    store.jobsIn(List.of(Status.QUEUED, Status.PROCESSING)).forEach(j -> queued.add(j.getSlug()));
    return store.newestFirst().stream()
        .map(m -> new Reconciliation.Item(m.getSlug(), m.getProcessingStatus(), m.getStoredName(),
            m.getPackName(), m.packNameForContent(), queued.contains(m.getSlug()),
            m.getFramesSource()))
        .toList();
  }

  /**
   * The item's frames were lost: it stops being playable and converts again from its original
   * with a new queued job (its old jobs go).
   */
  public void reconvert(String slug) {
    store.bySlug(slug).ifPresent(m -> {
      m.queuedAgain();
      queueAnew(m);
    });
  }

  /**
   * The pack a conversion just wrote vanished before it was recorded (a delete of another item
   * that shared it, a cleanup): convert again. An item that still plays its previous pack (this
   * was a re-fit) keeps playing it; otherwise it is {@link #reconvert}ed.
   */
  public void convertAgain(String slug, String vanishedPack) {
    store.bySlug(slug).ifPresent(m -> {
      if (m.getProcessingStatus() == ProcessingStatus.COMPLETED && m.getPackName() != null
          && !m.getPackName().equals(vanishedPack)) {
        queueAnew(m);
      } else {
        m.queuedAgain();
        queueAnew(m);
      }
    });
  }

  /**
   * The damaged pack {@code packName} is taken out of play, but only while the item still plays
   * it (a re-fit may have replaced it since the check began); true when that happened.
   */
  public boolean reconvertIfStill(String slug, String packName) {
    Optional<MediaItem> m = store.bySlug(slug);
    if (m.isEmpty() || m.get().getProcessingStatus() != ProcessingStatus.COMPLETED
        || !packName.equals(m.get().getPackName())) {
      return false;
    }
    m.get().queuedAgain();
    queueAnew(m.get());
    return true;
  }

  private void queueAnew(MediaItem m) {
    store.removeJobsOf(m.getSlug());
    ProcessingJob job =
        new ProcessingJob(UUID.randomUUID().toString(), m.getSlug(), m.getFilename());
    store.add(job);
    store.flush();
    announce(job);
  }

  /** The item cannot be converted any more (its original is gone): it fails with the reason. */
  public void abandon(String slug, String reason) {
    store.bySlug(slug).ifPresent(m -> {
      store.removeJobsOf(slug);
      m.failed(reason);
      store.flush();
      failed.fire(new MediaFailed(slug, reason));
    });
  }

  /** Conversions a job may start before it is given up as the cause of crashes. */
  static final int MAX_ATTEMPTS = 2;

  /** True when a job is waiting. */
  public boolean anyQueued() {
    return !store.jobsIn(List.of(Status.QUEUED)).isEmpty();
  }

  /** Removes the row and its jobs; says which files the caller may delete. */
  public Optional<Removed> delete(String slug) {
    Optional<MediaItem> item = store.bySlug(slug);
    item.ifPresent(m -> {
      store.removeJobsOf(slug);
      store.remove(m);
      store.flush();
      deleted.fire(new MediaDeleted(slug));
    });
    return item.map(m -> new Removed(m.getStoredName(), unusedPack(m.getPackName()),
        m.getFramesSource() == null || store.framesUsers(m.getFramesSource()) > 0
            ? null : m.getFramesSource()));
  }

  /** The pack's name when no remaining item uses it, else null. */
  public String unusedPack(String packName) {
    return packName == null || store.packUsers(packName) > 0 ? null : packName;
  }

  private void announce(ProcessingJob job) {
    jobs.fire(new JobProgressed(job.getJobId(), job.getSlug(), job.getStatus(), job.getProgress()));
  }
}
