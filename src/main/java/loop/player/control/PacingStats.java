package loop.player.control;

/**
 * Frame pacing figures without allocation: frames shown, late frames (more than 2 ms after
 * their deadline), and a histogram of |actual − deadline| in 0.1 ms buckets (up to 100 ms) from
 * which p50/p99 are read. Written by the playback thread, read by anyone (approximate reads are
 * fine for figures).
 */
public final class PacingStats {

  static final long LATE_NANOS = 2_000_000;
  private static final int BUCKETS = 1001;
  private static final long BUCKET_NANOS = 100_000;

  private final long[] histogram = new long[BUCKETS];
  private volatile long frames;
  private volatile long late;

  /** Records one frame shown {@code errorNanos} after (or before, negative) its deadline. */
  public void record(long errorNanos) {
    long abs = Math.abs(errorNanos);
    histogram[(int) Math.min(BUCKETS - 1, abs / BUCKET_NANOS)]++;
    frames++;
    if (errorNanos > LATE_NANOS) {
      late++;
    }
  }

  public long frames() {
    return frames;
  }

  public long late() {
    return late;
  }

  /** The {@code q} quantile (0..1) of the pacing error in ms (bucket upper bound). */
  public double quantileMs(double q) {
    long total = 0;
    for (long c : histogram) {
      total += c;
    }
    if (total == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(q * total);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += histogram[i];
      if (seen >= rank) {
        return (i + 1) * BUCKET_NANOS / 1e6;
      }
    }
    return BUCKETS * BUCKET_NANOS / 1e6;
  }

  /** Starts counting afresh. */
  public void reset() {
    java.util.Arrays.fill(histogram, 0);
    frames = 0;
    late = 0;
  }
}
