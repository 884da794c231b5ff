package loop.system.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one WiFi radio: changes (scan, join, hotspot) run one at a time. A caller waits a bounded
 * time for its turn, then gets a {@link NmcliFailure.Kind#BUSY} failure instead of hanging.
 */
public class Radio {

  /** A change to run alone. */
  public interface Step<T> {
    T run() throws IOException;
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final long waitSeconds;

  /** @param waitSeconds how long a caller waits for the radio, at least 1 */
  public Radio(long waitSeconds) {
    this.waitSeconds = Math.max(1, waitSeconds);
  }

  /** Runs {@code step} while no other change runs. */
  public <T> T alone(Step<T> step) throws IOException {
    try {
      if (!lock.tryLock(waitSeconds, TimeUnit.SECONDS)) {
        throw new NmcliFailure(NmcliFailure.Kind.BUSY,
            "another WiFi change is still running after " + waitSeconds + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the WiFi radio");
    }
    try {
      return step.run();
    } finally {
      lock.unlock();
    }
  }
}
