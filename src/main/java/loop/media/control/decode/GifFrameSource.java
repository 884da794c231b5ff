package loop.media.control.decode;

import java.io.IOException;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;

/**
 * A GIF decoded one frame per {@link #next} call, straight from the file: the only buffers are
 * the canvas, the previous-state copy (allocated at the first disposal-3 image) and one row of
 * indices. Every frame is the whole logical screen, fitted to the output geometry.
 */
final class GifFrameSource implements FrameSource {

  /** What a single-image GIF (a still picture) returns as its duration; the player holds it. */
  static final int STILL_MS = 100;

  private final GifReader reader;
  private final GifOutline outline;
  private final GifCanvas canvas;
  private final FrameScaler scaler;
  private final LzwDecoder lzw = new LzwDecoder();
  private int frame;

  /** Takes ownership of {@code reader}, positioned after the header and global colour table. */
  GifFrameSource(GifReader reader, GifOutline outline, ConversionSpec spec) {
    this.reader = reader;
    this.outline = outline;
    this.canvas = new GifCanvas(outline.width(), outline.height());
    Geometry target = spec.geometryFor(outline.width(), outline.height());
    this.scaler = new FrameScaler(outline.width(), outline.height(), target, spec.fit());
  }

  @Override
  public Geometry geometry() {
    return scaler.target();
  }

  @Override
  public int loopCount() {
    return outline.loopCount();
  }

  @Override
  public int next(byte[] rgb565) throws IOException {
    if (frame == outline.frames() || !reader.nextImage()) {
      return -1;
    }
    frame++;
    canvas.begin(reader.image(), reader.palette(), reader.control());
    reader.readImageData(lzw, canvas);
    scaler.scale(canvas.pixels(), rgb565);
    return outline.frames() == 1 ? STILL_MS : reader.control().durationMs();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
