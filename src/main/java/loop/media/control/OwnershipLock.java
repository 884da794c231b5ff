package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the few short moments that tie index rows to files, so a file is never deleted
 * under a row that has just started to own it: registering an upload (rename, then insert),
 * deleting an item (delete rows, then files), completing a conversion (pack present, then commit)
 * and cleanup. Taken before any transaction starts and never inside one, so it cannot deadlock
 * with the single database connection. Conversion and upload streaming run outside it.
 *
 * <p>The wait for it is bounded ({@link #WAIT_SECONDS}): each holder is done in milliseconds, so a
 * longer wait means something is stuck, and a caller that gives up (503, the request ends) frees
 * whatever it held instead of joining a standstill that never clears.
 */
@ApplicationScoped
public class OwnershipLock {

  /** How long a caller waits for the lock before it gives up with {@link Busy}. */
  static final long WAIT_SECONDS = 20;

  /** The lock stayed taken for {@link #WAIT_SECONDS}: try again later. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy() {
      super("The media library is busy with another change; try again in a moment.");
    }
  }

  private final ReentrantLock lock = new ReentrantLock(true);
  private final long waitNanos;

  public OwnershipLock() {
    this(TimeUnit.SECONDS.toNanos(WAIT_SECONDS));
  }

  OwnershipLock(long waitNanos) {
    this.waitNanos = waitNanos;
  }

  public <T> T guard(Supplier<T> work) {
    try {
      if (!lock.tryLock(waitNanos, TimeUnit.NANOSECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  public void guard(Runnable work) {
    guard(() -> {
      work.run();
      return null;
    });
  }
}
