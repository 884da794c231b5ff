package loop.system.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A child process started by {@link CommandRunner} whose stdout the caller streams. Its stderr is
 * drained on a pool thread; a watchdog kills it (and any process it started) when the timeout
 * passes. Closing it kills a child that still runs, so a try-with-resources block never leaves one
 * behind.
 */
public final class RunningCommand implements AutoCloseable {

  /** How long to wait, past a kill or the timeout, for a child to exit and its stderr to end. */
  public static final long GRACE_MILLIS = 5_000;

  private final Process process;
  private final String program;
  private final StderrDrain stderr;
  private final long deadline;
  private volatile boolean timedOut;
  private volatile Future<?> watchdog;

  RunningCommand(Process process, String program, StderrDrain stderr, Duration timeout) {
    this.process = process;
    this.program = program;
    this.stderr = stderr;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /** The child's stdout; read it to its end, or close this command to stop the child. */
  public InputStream stdout() {
    return process.getInputStream();
  }

  /** The child's process id (the program itself: {@code nice} replaces itself with it). */
  public long pid() {
    return process.pid();
  }

  /**
   * Waits for the child to exit and its stderr to be read to its end. The wait is bounded: the
   * watchdog kills the child at its timeout, and this gives up {@value #GRACE_MILLIS} ms later.
   *
   * @return the exit code; for a killed child what the OS reports (137 for SIGKILL on Linux), -1 if
   *     it could not be reaped
   * @throws InterruptedIOException when the calling thread is interrupted; the child is then killed
   *     and the thread's interrupt flag stays set
   */
  public int waitFor() throws InterruptedIOException {
    try {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (!process.waitFor(Math.max(0, left) + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        expire();
        process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
      }
      stderr.await(GRACE_MILLIS);
      cancelWatchdog();
      return process.isAlive() ? -1 : process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new InterruptedIOException(program + " was interrupted");
    }
  }

  /** True once the watchdog has killed the child for running past its timeout. */
  public boolean timedOut() {
    return timedOut;
  }

  /** The first {@link CommandRunner#CAPTURE_BYTES} of stderr (complete after {@link #waitFor}). */
  public String stderr() {
    return stderr.capture().text();
  }

  /** True when stderr was longer than what {@link #stderr()} kept. */
  public boolean stderrTruncated() {
    return stderr.capture().truncated();
  }

  /**
   * Kills the child and its descendants if it still runs, waits (at most {@value #GRACE_MILLIS} ms)
   * until it is gone, and closes its stdout. Idempotent.
   */
  @Override
  public void close() {
    cancelWatchdog();
    if (process.isAlive()) {
      destroyTree(process.toHandle());
      awaitExit();
    }
    try {
      process.getInputStream().close();
    } catch (IOException e) {
      // nothing to release beyond the pipe that failed to close
    }
  }

  void watch(ScheduledExecutorService timer, Duration timeout) {
    watchdog = timer.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void expire() {
    if (process.isAlive()) {
      timedOut = true;
      destroyTree(process.toHandle());
    }
  }

  private void cancelWatchdog() {
    Future<?> w = watchdog;
    if (w != null) {
      w.cancel(false);
    }
  }

  private void awaitExit() {
    try {
      process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Children first, so none is re-parented to init and left running. */
  private static void destroyTree(ProcessHandle root) {
    root.descendants().forEach(ProcessHandle::destroyForcibly);
    root.destroyForcibly();
  }
}
