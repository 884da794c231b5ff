package loop.player.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import loop.media.entity.MediaDeleted;
import loop.media.entity.MediaFailed;
import loop.media.entity.MediaImported;
import loop.player.control.PacingStats;
import loop.player.control.PlaybackLoop;
import loop.player.control.PoolReport;
import loop.player.control.ThreadReport;
import loop.player.control.Ticker;
import loop.player.entity.PlayerStateChanged;
import loop.playlist.entity.LoopChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the playback engine on its own managed thread from start-up to shutdown, tells it about
 * every committed change, and watches its heartbeat: when no frame reached the display for
 * {@code loop.player.watchdog-seconds} while something should play, the engine is restarted.
 */
@ApplicationScoped
public class Playback {

  private static final Logger LOG = Logger.getLogger(Playback.class.getName());

  @Resource ManagedThreadFactory threads;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PlayerStage stage;

  @Inject
  @ConfigProperty(name = "loop.player.watchdog-seconds", defaultValue = "15")
  int watchdogSeconds;

  private final PacingStats stats = new PacingStats();
  private volatile PlaybackLoop engine;
  private ScheduledFuture<?> watchdog;
  private volatile int restarts;
  private volatile boolean suspended;
  private long lastReport; // only the watchdog task, whose runs never overlap, uses it

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000)
      @Initialized(ApplicationScoped.class) Object ignored) {
    start();
    watchdog = scheduler.scheduleWithFixedDelay(this::checkHeartbeat, watchdogSeconds,
        Math.max(1, watchdogSeconds / 3), TimeUnit.SECONDS);
  }

  synchronized void start() {
    PlaybackLoop next = new PlaybackLoop(stage, Ticker.SYSTEM, stats);
    Thread t = threads.newThread(next);
    t.setName("loop-playback");
    t.setPriority(Thread.MAX_PRIORITY);
    engine = next;
    t.start();
  }

  void checkHeartbeat() {
    if (suspended) {
      return;
    }
    PlaybackLoop e = engine;
    long silent = System.nanoTime() - e.lastFrameAt();
    if (silent > TimeUnit.SECONDS.toNanos(watchdogSeconds)) {
      restarts++;
      LOG.warning(() -> "no frame for " + silent / 1_000_000 + " ms; restarting playback");
      e.stop();
      start();
      long now = System.nanoTime();
      if (lastReport == 0 || now - lastReport > TimeUnit.MINUTES.toNanos(10)) {
        lastReport = now; // a stall repeats every watchdog period: one report per ten minutes
        LOG.warning(() -> "threads in Loop code or holding locks:\n" + ThreadReport.now()
            + "connection pools:\n" + PoolReport.now());
      }
    }
  }

  /** Stops the engine until {@link #resume} (a restore swaps the index and the packs). */
  public synchronized void suspend() {
    suspended = true;
    PlaybackLoop e = engine;
    if (e != null) {
      e.stop();
    }
  }

  /** Starts a fresh engine after {@link #suspend}; it reads the plan anew. */
  public synchronized void resume() {
    if (suspended) {
      suspended = false;
      start();
    }
  }

  @PreDestroy
  void shutdown() {
    if (watchdog != null) {
      watchdog.cancel(false);
    }
    PlaybackLoop e = engine;
    if (e != null) {
      e.stop();
    }
  }

  /** The engine's figures: frames, late frames, pacing quantiles, current item and frame. */
  public PacingStats stats() {
    return stats;
  }

  public String currentSlug() {
    PlaybackLoop e = engine;
    return e == null ? null : e.current();
  }

  public int currentFrame() {
    PlaybackLoop e = engine;
    return e == null ? 0 : e.frame();
  }

  public int restarts() {
    return restarts;
  }

  private void signal() {
    PlaybackLoop e = engine;
    if (e != null) {
      e.signal();
    }
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlayerStateChanged e) {
    signal();
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoopChanged e) {
    signal();
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaImported e) {
    signal();
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaDeleted e) {
    signal();
  }

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaFailed e) {
    signal();
  }
}
