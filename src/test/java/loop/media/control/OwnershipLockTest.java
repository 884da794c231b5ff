package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OwnershipLockTest {

  @Test
  void aCallerThatCannotGetTheLockGivesUp() throws Exception {
    OwnershipLock lock = new OwnershipLock(TimeUnit.MILLISECONDS.toNanos(50));
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    var holder = Executors.newSingleThreadExecutor();
    try {
      holder.submit(() -> lock.guard(() -> {
        taken.countDown();
        await(release);
      }));
      taken.await();
      OwnershipLock.Busy busy = assertThrows(OwnershipLock.Busy.class,
          () -> lock.guard(() -> "never runs"));
      assertTrue(busy.getMessage().contains("try again"), busy.getMessage());
      release.countDown();
    } finally {
      holder.shutdown();
      holder.awaitTermination(5, TimeUnit.SECONDS);
    }
    assertEquals("ran", lock.guard(() -> "ran"), "free again once the holder is done");
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
