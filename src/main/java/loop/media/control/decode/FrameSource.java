package loop.media.control.decode;

import java.io.IOException;
import loop.media.entity.Geometry;

/**
 * A decoded upload, pulled one output frame at a time so memory stays bounded whatever the
 * length: each frame is already composited, oriented, fitted to {@link #geometry()} and encoded
 * as big-endian RGB565. Implementations throw {@link loop.media.entity.MediaRefused} with a
 * sentence for anything they will not convert (corrupt, truncated, too large, too long).
 */
public interface FrameSource extends AutoCloseable {

  /** The output size: landscape or portrait by the picture as displayed. */
  Geometry geometry();

  /** The file's own loop count: 0 = forever, n = play n times (1 = once, no loop extension). */
  int loopCount();

  /**
   * Writes the next frame into {@code rgb565} ({@code geometry().frameBytes()} bytes).
   *
   * @return the frame's display duration in ms (≥ 1), or -1 when there are no more frames
   */
  int next(byte[] rgb565) throws IOException;

  /** How many frames this source expects to produce, or -1 when it cannot tell cheaply. */
  default int frameCountHint() {
    return -1;
  }

  @Override
  void close() throws IOException;
}
