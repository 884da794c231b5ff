package loop.media.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Initialized;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.media.control.pack.FramePack;
import loop.media.entity.Claim;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaRefused;
import loop.media.entity.ProcessingJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Converts queued uploads on at most {@code loop.media.workers} managed threads (default 1: the
 * device has little memory to spare). A worker claims the oldest queued job, converts it outside
 * any transaction, then records the outcome in one short transaction. Kicked after every newly
 * queued job commits, and at start-up after interrupted jobs were re-queued.
 */
@ApplicationScoped
public class ConversionWorker {

  private static final Logger LOG = Logger.getLogger(ConversionWorker.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject MediaIndex index;
  @Inject JobTransitions transitions;
  @Inject OwnershipLock ownership;
  @Inject MediaStorage storage;
  @Inject Converter converter;
  @Inject ConversionSettings settings;
  @Inject OpenPacks packs;
  @Inject loop.system.boundary.MemoryMode memory;

  @Inject
  @ConfigProperty(name = "loop.media.workers", defaultValue = "1")
  int workers;

  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean held;

  /** Starts a worker when one is free; returns at once. */
  public void kick() {
    if (held) {
      return; // a restore is swapping the index: workers start again on release
    }
    int limit = memory == null ? workers : Math.min(workers, memory.workers());
    for (int r = running.get(); r < limit; r = running.get()) {
      if (running.compareAndSet(r, r + 1)) {
        executor.execute(this::drain);
        return;
      }
    }
  }

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobProgressed e) {
    if (e.status() == ProcessingJob.Status.QUEUED) {
      kick();
    }
  }

  /**
   * At start-up, after the reconciliation re-queued what a restart interrupted (it runs before,
   * at a lower priority): start converting, off the start-up thread.
   */
  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000)
          @Initialized(ApplicationScoped.class) Object ignored) {
    kick();
  }

  /**
   * Stops claiming jobs and waits up to {@code wait} for running conversions to finish; false
   * (and no longer held) when one is still running then.
   */
  public boolean hold(java.time.Duration wait) {
    held = true;
    long deadline = System.nanoTime() + wait.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (running.get() > 0) {
      held = false; // its job is still PROCESSING: it must not be re-queued
      kick();
      return false;
    }
    return true;
  }

  /** Claims jobs again: forgets open packs, re-queues interrupted jobs, starts a worker. */
  public void release() {
    packs.clear();
    try {
      int requeued = index.requeueInterrupted(); // before claiming again: none of them runs
      if (requeued > 0) {
        LOG.info(() -> "re-queued " + requeued + " conversion(s) of the restored index");
      }
    } finally {
      held = false;
      kick();
    }
  }

  void drain() {
    boolean healthy = true;
    try {
      for (Claim claim; !held && (claim = transitions.claimNext()) != null; ) {
        if (!process(claim)) {
          healthy = false; // the ownership lock is stuck: the next upload or start tries again
          break;
        }
      }
    } catch (RuntimeException e) {
      healthy = false; // e.g. the disk is full: the next upload or the next start retries
      LOG.log(Level.SEVERE, "conversion worker stopped", e);
    } finally {
      running.decrementAndGet();
    }
    if (healthy && index.anyQueued()) {
      kick(); // a job queued between the last claim and the decrement
    }
  }

  /** Converts and records one claimed job; false when the ownership lock stayed taken. */
  boolean process(Claim claim) {
    try {
      Converter.Converted done = packFor(claim);
      storage.writeThumbnail(claim.packName());
      ownership.guard(() -> record(claim, done));
    } catch (OwnershipLock.Busy e) {
      // the pack is written and intact: queued again, the next claim records it without converting
      LOG.warning(() -> "could not record " + claim.slug() + " (" + e.getMessage()
          + "); queued again");
      transitions.convertAgain(claim.slug(), claim.packName());
      return false;
    } catch (MediaRefused e) {
      transitions.failed(claim, e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "conversion of " + claim.slug() + " failed", e);
      transitions.failed(claim,
          "The conversion failed unexpectedly; the server log has details.");
    }
    return true;
  }

  /**
   * Under the ownership lock: the item completes only while its pack is really there (a delete of
   * another item sharing the pack may have removed it meanwhile: then it converts again); when the
   * item was deleted meanwhile, its pack goes unless another item plays it.
   */
  private void record(Claim claim, Converter.Converted done) {
    if (!Files.exists(storage.pack(claim.packName()))) {
      transitions.convertAgain(claim.slug(), claim.packName());
      return;
    }
    MediaIndex.Completed outcome = transitions.completed(claim, done.geometry().width(),
        done.geometry().height(), done.durations(), done.loopCount());
    if (!outcome.kept()) {
      storage.deletePackQuietly(index.unusedPack(claim.packName()));
    } else if (outcome.unusedPack() != null) { // a re-fit: the frames it played before
      packs.forget(storage.pack(outcome.unusedPack()));
      storage.deletePackQuietly(outcome.unusedPack());
    }
  }

  /** Reuses an intact pack of the same content and fit, else converts. */
  private Converter.Converted packFor(Claim claim) throws IOException {
    Path pack = storage.pack(claim.packName());
    if (Files.exists(pack)) {
      try {
        FramePack existing = FramePack.open(pack);
        if (existing.intact()) {
          return new Converter.Converted(existing.geometry(), existing.durations(),
              existing.loopCount());
        }
      } catch (FramePack.Invalid e) {
        LOG.warning(() -> "replacing invalid pack " + claim.packName() + ": " + e.getMessage());
      }
    }
    ProgressThrottle progress = new ProgressThrottle(claim.jobId(), transitions);
    packs.forget(pack); // it is about to be written anew
    return converter.convert(storage.original(claim.storedName()), claim.mimeType(),
        settings.spec(claim.fit()), pack, progress);
  }

}
