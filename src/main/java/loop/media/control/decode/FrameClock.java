package loop.media.control.decode;

/**
 * Turns frame end times into whole-millisecond durations that never drift. Each frame lasts from
 * its rounded start to its rounded end, so 30 fps gives 33, 34, 33, ... and exactly 1000 ms per
 * second, and the durations always sum to the rounded end of the last frame. A frame whose rounded
 * span is 0 ms or less (timestamps closer than half a millisecond, or going backwards) gets 1 ms,
 * and the frames after it absorb the difference.
 */
final class FrameClock {

  private long elapsedMs;

  /**
   * The duration of the next frame.
   *
   * @param endMicros when the frame ends, in µs after the first frame started
   * @return the duration in ms, at least 1
   */
  int until(long endMicros) {
    long endMs = Math.floorDiv(endMicros + 500, 1000); // half up
    long duration = Math.max(1, endMs - elapsedMs);
    elapsedMs += duration;
    return (int) Math.min(Integer.MAX_VALUE, duration);
  }

  /** The sum of the durations handed out so far, in ms. */
  long elapsedMs() {
    return elapsedMs;
  }

  /** The end of frame {@code index} (0-based) at a constant {@code fps}, in µs. */
  static long endAtRate(long index, double fps) {
    return Math.round((index + 1) * 1_000_000.0 / fps);
  }
}
