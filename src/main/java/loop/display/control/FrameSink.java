package loop.display.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import loop.media.entity.Geometry;

/**
 * THE hardware seam: where frames go. Implementations: {@code Ili9341Sink} (SPI panel),
 * {@code FramebufferSink} (/dev/fbN), {@code VirtualSink} (memory; development, tests, the UI
 * preview). The rest of Loop sees only this interface. Not thread-safe: the playback thread is
 * the only caller of {@link #show}.
 */
public interface FrameSink extends AutoCloseable {

  /** A short name for health and logs ({@code virtual}, {@code ili9341}, {@code framebuffer}). */
  String name();

  /**
   * Shows one frame and returns when it is on the panel (or handed to the device).
   *
   * @param rgb565 big-endian RGB565, {@code geometry.frameBytes()} bytes from its position; it
   *     is read, never modified or kept (it may be a view of a memory-mapped pack)
   * @param geometry the frame's size: landscape 320×240 or portrait 240×320; the sink turns the
   *     panel (e.g. the ILI9341's MADCTL) so that either is shown upright
   */
  void show(ByteBuffer rgb565, Geometry geometry) throws IOException;

  /** Sets the backlight, 0..100 percent; sinks without a backlight ignore it. */
  void brightness(int percent) throws IOException;

  /** Blanks the panel (black; backlight as it was). */
  void clear() throws IOException;

  /** Leaves the panel safe (blank, backlight off where the sink controls one) and frees it. */
  @Override
  void close() throws IOException;
}
