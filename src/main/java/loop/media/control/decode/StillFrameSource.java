package loop.media.control.decode;

import loop.media.entity.Geometry;

/**
 * The single, already converted frame of a still picture. Holds only the finished RGB565 frame
 * ({@code geometry().frameBytes()} bytes), never the decoded picture.
 */
final class StillFrameSource implements FrameSource {

  private final Geometry geometry;
  private final byte[] frame;
  private final int durationMs;
  private boolean delivered;

  /**
   * @param geometry the frame's size
   * @param frame big-endian RGB565 of exactly {@code geometry.frameBytes()} bytes; kept, not copied
   * @param durationMs how long the still shows, ≥ 1 ms
   */
  StillFrameSource(Geometry geometry, byte[] frame, int durationMs) {
    this.geometry = geometry;
    this.frame = frame;
    this.durationMs = durationMs;
  }

  @Override
  public Geometry geometry() {
    return geometry;
  }

  /** Always 0: a still is shown as one frame that the player may repeat. */
  @Override
  public int loopCount() {
    return 0;
  }

  /** Copies the frame once and returns its duration; every later call returns -1. */
  @Override
  public int next(byte[] rgb565) {
    if (delivered) {
      return -1;
    }
    System.arraycopy(frame, 0, rgb565, 0, frame.length);
    delivered = true;
    return durationMs;
  }

  @Override
  public void close() {
    // nothing held but the frame array
  }
}
