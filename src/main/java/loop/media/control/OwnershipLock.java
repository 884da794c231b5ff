package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the few short moments that tie index rows to files, so a file is never deleted
 * under a row that has just started to own it: registering an upload (rename, then insert),
 * deleting an item (delete rows, then files), completing a conversion (pack present, then commit)
 * and cleanup. Taken before any transaction starts and never inside one, so it cannot deadlock
 * with the single database connection. Conversion and upload streaming run outside it.
 */
@ApplicationScoped
public class OwnershipLock {

  private final ReentrantLock lock = new ReentrantLock(true);

  public <T> T guard(Supplier<T> work) {
    lock.lock();
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
