package loop.player.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.media.control.pack.FramePack;
import loop.player.entity.LoopMode;
import loop.player.entity.Plan;

/**
 * The playback engine, run by one thread. Each frame is shown at its deadline on a monotonic
 * clock and the next deadline is the previous one plus the frame's duration, so error never
 * accumulates; waiting is a park that {@link #signal} cuts short, so pause, next, activate and
 * loop edits take effect within one frame. The plan is read when an item starts or after a
 * signal, never per frame, and the frame loop allocates nothing.
 */
public final class PlaybackLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(PlaybackLoop.class.getName());
  private static final long MS = 1_000_000L;
  private static final long HEARTBEAT = 1000 * MS;

  private enum Outcome { FINISHED, CHANGED }

  private final Stage stage;
  private final Ticker ticker;
  private final PacingStats stats;
  private final AtomicInteger changes = new AtomicInteger();
  private final Map<String, Integer> failures = new HashMap<>();
  private volatile boolean running = true;
  private volatile Thread thread;
  private volatile long lastFrameAt;
  private volatile String current;
  private volatile int frame;
  private int passesDone;
  private volatile int onScreen = -1;
  /** When the next frame is due; kept across re-plans so a change never cuts a frame short. */
  private long deadline;
  private boolean resume = true;
  private FramePack pack;
  private String currentPack;

  public PlaybackLoop(Stage stage, Ticker ticker, PacingStats stats) {
    this.stage = stage;
    this.ticker = ticker;
    this.stats = stats;
  }

  @Override
  public void run() {
    thread = Thread.currentThread();
    lastFrameAt = ticker.now();
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        step();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "playback step failed; continuing", e);
        pause(200 * MS);
      }
    }
  }

  /** Something changed (state, loop, media): re-plan at once. Any thread. */
  public void signal() {
    changes.incrementAndGet();
    Thread t = thread;
    if (t != null) {
      ticker.wake(t);
    }
  }

  /** Ends the loop; the thread returns after its current wait. */
  public void stop() {
    running = false;
    signal();
  }

  /** Monotonic time of the last frame handed to the display (the watchdog's heartbeat). */
  public long lastFrameAt() {
    return lastFrameAt;
  }

  /** The item playing now, or null. */
  public String current() {
    return current;
  }

  /** The index of the frame on screen (0 before the first). */
  public int frame() {
    return Math.max(0, onScreen);
  }

  void step() {
    int seen = changes.get();
    Plan plan = stage.plan();
    if (plan.active() == null) {
      current = null;
      pack = null;
      onScreen = -1;
      stage.idle();
      lastFrameAt = ticker.now();
      waitForChange(seen);
      return;
    }
    if (!plan.active().equals(current) || pack == null
        || (plan.activePack() != null && !plan.activePack().equals(currentPack))) {
      if (!load(plan)) { // another item, or this one converted again with another fit
        return;
      }
    }
    int passes = plan.mode() == LoopMode.ONE ? Integer.MAX_VALUE
        : plan.policy().passes(passMillis(pack), pack.loopCount());
    if (play(plan.paused(), passes, seen) == Outcome.FINISHED && plan.mode() == LoopMode.ALL) {
      String next = LoopStep.from(plan.loop(), plan.active(), +1);
      passesDone = 0;
      frame = 0;
      resume = true;
      if (next != null && !next.equals(plan.active())) {
        current = null;
        stage.advanced(plan, next);
      }
    }
  }

  private boolean load(Plan plan) {
    String slug = plan.active();
    try {
      pack = stage.open(slug);
      current = slug;
      currentPack = plan.activePack();
      frame = 0;
      onScreen = -1;
      passesDone = 0;
      resume = true;
      failures.remove(slug);
      return true;
    } catch (IOException | RuntimeException e) {
      int count = failures.merge(slug, 1, Integer::sum);
      LOG.log(Level.WARNING, "cannot play " + slug + " (attempt " + count + ")", e);
      if (count >= 2) {
        failures.remove(slug);
        stage.unplayable(slug, "Its frames could not be loaded for playback.");
      }
      String next = LoopStep.from(plan.loop(), slug, +1);
      if (next != null && !next.equals(slug)) {
        stage.advanced(plan, next);
      }
      pack = null;
      current = null;
      pause(100 * MS);
      return false;
    }
  }

  /** Plays from the current frame; returns when the passes are done or something changed. */
  private Outcome play(boolean paused, int passes, int seen) {
    ByteBuffer view = pack.frames();
    if (resume) { // first start of the item, or after a pause: time runs from now
      deadline = ticker.now();
      resume = false;
    }
    if (paused) { // hold what is on screen; show a first frame only if nothing is
      if (onScreen < 0) {
        show(view, frame, deadline);
      }
      waitForChange(seen);
      resume = true;
      return Outcome.CHANGED;
    }
    while (passesDone < passes) {
      for (; frame < pack.frameCount(); frame++) {
        if (!waitUntil(deadline, seen)) {
          return Outcome.CHANGED;
        }
        show(view, frame, deadline);
        deadline += pack.duration(frame) * MS;
      }
      frame = 0;
      passesDone++;
    }
    return waitUntil(deadline, seen) ? Outcome.FINISHED : Outcome.CHANGED;
  }

  private void show(ByteBuffer view, int i, long deadline) {
    int from = i * pack.frameBytes();
    view.limit(view.capacity()).position(from).limit(from + pack.frameBytes());
    try {
      stage.show(view, pack.geometry());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "display write failed", e);
    }
    long now = ticker.now();
    stats.record(now - deadline);
    lastFrameAt = now;
    onScreen = i;
  }

  /**
   * Waits for the deadline; false when a change arrived first. Parks in slices of at most a
   * second and beats the heartbeat meanwhile, so a long frame (a slideshow GIF) is not mistaken
   * for a hung engine.
   */
  private boolean waitUntil(long deadline, int seen) {
    while (true) {
      if (changes.get() != seen || !running) {
        return false;
      }
      long now = ticker.now();
      if (now - deadline >= 0) {
        return true;
      }
      if (deadline - now > HEARTBEAT) {
        lastFrameAt = now;
        ticker.parkUntil(now + HEARTBEAT);
      } else {
        ticker.parkUntil(deadline);
      }
    }
  }

  private void waitForChange(int seen) {
    while (running && changes.get() == seen) {
      ticker.parkUntil(ticker.now() + 1000 * MS);
      lastFrameAt = ticker.now();
    }
  }

  private void pause(long nanos) {
    ticker.parkUntil(ticker.now() + nanos);
  }

  static long passMillis(FramePack pack) {
    long total = 0;
    for (int i = 0; i < pack.frameCount(); i++) {
      total += pack.duration(i);
    }
    return total;
  }
}
