package loop.player.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class ThreadReportTest {

  @Test
  void namesTheThreadThatWaitsAndTheOneThatHoldsTheLock() throws Exception {
    ReentrantLock lock = new ReentrantLock();
    CountDownLatch waiting = new CountDownLatch(1);
    lock.lock();
    Thread waiter = new Thread(() -> {
      waiting.countDown();
      lock.lock();
      lock.unlock();
    }, "report-waiter");
    try {
      waiter.start();
      waiting.await();
      while (waiter.getState() != Thread.State.WAITING) {
        Thread.onSpinWait();
      }
      String report = ThreadReport.of(
          ManagementFactory.getThreadMXBean().dumpAllThreads(true, true));
      String self = Thread.currentThread().getName();
      assertTrue(report.contains("\"report-waiter\" WAITING on java.util.concurrent.locks"
          + ".ReentrantLock$NonfairSync"), report);
      assertTrue(report.contains("owned by \"" + self + "\""), report);
      assertTrue(report.contains("\"" + self + "\" RUNNABLE\n    holds java.util.concurrent.locks"
          + ".ReentrantLock$NonfairSync"), report);
      assertTrue(report.contains("loop.player.control.ThreadReportTest.namesThe"), report);
      assertFalse(report.contains("\"Reference Handler\""), "threads outside Loop are left out");
    } finally {
      lock.unlock();
      waiter.join(TimeUnit.SECONDS.toMillis(5));
    }
  }
}
