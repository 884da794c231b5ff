package loop.player.control;

/** Monotonic time and waiting, in nanoseconds; replaced by a fake clock in tests. */
public interface Ticker {

  /** Now, as {@link System#nanoTime()}. */
  long now();

  /**
   * Waits until {@code deadline} or until woken ({@link #wake}); may return early. Must not
   * allocate.
   */
  void parkUntil(long deadline);

  /** Wakes the thread parked in {@link #parkUntil}. */
  void wake(Thread thread);

  /** The real clock: {@code System.nanoTime} and {@code LockSupport.parkNanos}. */
  Ticker SYSTEM = new Ticker() {
    @Override
    public long now() {
      return System.nanoTime();
    }

    @Override
    public void parkUntil(long deadline) {
      long wait = deadline - System.nanoTime();
      if (wait > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(this, wait);
      }
    }

    @Override
    public void wake(Thread thread) {
      java.util.concurrent.locks.LockSupport.unpark(thread);
    }
  };
}
