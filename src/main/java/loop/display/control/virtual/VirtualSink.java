package loop.display.control.virtual;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import loop.display.control.FrameSink;
import loop.media.entity.Geometry;

/**
 * {@link FrameSink} in memory: keeps a copy of the last frame for the UI preview, headless
 * development and tests, counts frames and remembers the brightness.
 *
 * <p>The copy lives in one buffer allocated up front for the panel's frame size (320×240 and
 * 240×320 are both 153,600 bytes) and grown only for a larger frame, so showing frames allocates
 * nothing.
 *
 * <p>Thread-safe: the playback thread shows frames while any thread takes snapshots. One lock
 * guards the buffer; {@link #show} copies a frame in under it and {@link #snapshot} copies it out
 * under it, so a snapshot is never half one frame and half the next. Copying 153,600 bytes takes
 * well under a millisecond on a Pi Zero 2 W, so at worst the playback thread waits that long behind
 * a preview, against 40 ms per frame at 25 fps. A double buffer would shorten the writer's wait to
 * a swap, but handing the front buffer to a reader still needs a lock or a retry loop; one buffer
 * and one lock is the simpler correct design.
 */
public final class VirtualSink implements FrameSink {

  /**
   * The last frame shown.
   *
   * @param geometry its size
   * @param rgb565 a copy of its big-endian RGB565 bytes, {@code geometry.frameBytes()} long; the
   *     caller's to keep
   */
  public record Snapshot(Geometry geometry, byte[] rgb565) {}

  /** Bytes of one frame on the 320×240 panel, either way round. */
  static final int PANEL_FRAME_BYTES = 320 * 240 * 2;

  private final Object lock = new Object();
  byte[] frame = new byte[PANEL_FRAME_BYTES];
  private Geometry geometry;
  private long framesShown;
  private int brightness;
  private boolean closed;

  /** {@code virtual}. */
  @Override
  public String name() {
    return "virtual";
  }

  /**
   * Copies the frame in; it becomes the snapshot.
   *
   * @throws IllegalArgumentException when the buffer holds fewer than {@code geometry.frameBytes()}
   *     bytes from its position
   * @throws IllegalStateException after {@link #close}
   */
  @Override
  public void show(ByteBuffer rgb565, Geometry geometry) {
    int bytes = geometry.frameBytes();
    if (rgb565.remaining() < bytes) {
      throw new IllegalArgumentException(
          "a "
              + geometry.width()
              + "x"
              + geometry.height()
              + " frame needs "
              + bytes
              + " bytes, got "
              + rgb565.remaining());
    }
    synchronized (lock) {
      checkOpen();
      if (frame.length < bytes) {
        frame = new byte[bytes];
      }
      rgb565.get(rgb565.position(), frame, 0, bytes);
      this.geometry = geometry;
      framesShown++;
    }
  }

  /**
   * The last frame shown (black after {@link #clear}), or empty before the first.
   *
   * @return a fresh copy on every call
   */
  public Optional<Snapshot> snapshot() {
    synchronized (lock) {
      if (geometry == null) {
        return Optional.empty();
      }
      return Optional.of(new Snapshot(geometry, Arrays.copyOf(frame, geometry.frameBytes())));
    }
  }

  /** Frames shown since this sink was created. */
  public long framesShown() {
    synchronized (lock) {
      return framesShown;
    }
  }

  /**
   * Remembers the brightness.
   *
   * @param percent 0..100
   * @throws IllegalArgumentException outside 0..100
   */
  @Override
  public void brightness(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("brightness must be in the range 0..100, not " + percent);
    }
    synchronized (lock) {
      brightness = percent;
    }
  }

  /** The last brightness set, 0..100; 0 (dark) until the first call, like a panel. */
  public int brightness() {
    synchronized (lock) {
      return brightness;
    }
  }

  /** Blanks the snapshot to black, keeping its size; no effect before the first frame. */
  @Override
  public void clear() {
    synchronized (lock) {
      if (geometry != null) {
        Arrays.fill(frame, 0, geometry.frameBytes(), (byte) 0);
      }
    }
  }

  /** Blanks the snapshot and refuses further frames. Later calls do nothing. */
  @Override
  public void close() {
    synchronized (lock) {
      clear();
      closed = true;
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the virtual sink is closed");
    }
  }
}
