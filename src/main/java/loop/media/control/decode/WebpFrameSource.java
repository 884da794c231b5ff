package loop.media.control.decode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;

/**
 * A WebP decoded one frame per {@link #next} call: each frame's picture is read from the file
 * when its turn comes, composited onto the one canvas, and the whole canvas fitted to the output
 * geometry.
 */
final class WebpFrameSource implements FrameSource {

  /** What a still (or a one-frame animation) returns as its duration; the player holds it. */
  static final int STILL_MS = 100;

  private final FileChannel file;
  private final WebpContainer container;
  private final WebpCanvas canvas;
  private final WebpFrameReader reader;
  private final FrameScaler scaler;
  private int next;

  /** Takes ownership of {@code file}, whose chunk headers {@code container} holds. */
  WebpFrameSource(FileChannel file, WebpContainer container, ConversionSpec spec,
      DecodeLimits limits) {
    this.file = file;
    this.container = container;
    this.canvas = new WebpCanvas(container.width(), container.height());
    this.reader = new WebpFrameReader(limits);
    Geometry target = spec.geometryFor(container.width(), container.height());
    this.scaler = new FrameScaler(container.width(), container.height(), target, spec.fit());
  }

  @Override
  public Geometry geometry() {
    return scaler.target();
  }

  @Override
  public int loopCount() {
    return container.loopCount();
  }

  @Override
  public int next(byte[] rgb565) throws IOException {
    if (next == container.frames().size()) {
      return -1;
    }
    if (next > 0) {
      canvas.dispose(container.frames().get(next - 1));
    }
    WebpFrame frame = container.frames().get(next++);
    canvas.draw(frame, reader.read(file, frame, next));
    scaler.scale(canvas.pixels(), rgb565);
    return container.frames().size() == 1 ? STILL_MS : frame.durationMs();
  }

  @Override
  public void close() throws IOException {
    reader.dispose();
    file.close();
  }
}
