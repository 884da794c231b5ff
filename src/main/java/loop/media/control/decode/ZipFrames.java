package loop.media.control.decode;

import java.io.IOException;
import java.util.zip.ZipFile;
import loop.media.entity.Geometry;

/**
 * The frames of a checked frames ZIP, handed out byte for byte as stored (no re-encode, no byte
 * swap), each entry read through an {@link EntryReader}. Durations spread {@code 1000 / fps} over
 * whole milliseconds ({@link FrameClock}).
 */
final class ZipFrames implements FrameSource {

  private final ZipFile zip;
  private final FrameZipLayout layout;
  private final Geometry geometry;
  private final int count;
  private final double fps;
  private final EntryReader bin;
  private final FrameClock clock = new FrameClock();
  private int index;
  private boolean done;

  /**
   * @param bin the open frames.bin reader, header already read; null for frame files
   */
  ZipFrames(
      ZipFile zip,
      FrameZipLayout layout,
      Geometry geometry,
      FrameZipMetadata metadata,
      EntryReader bin) {
    this.zip = zip;
    this.layout = layout;
    this.geometry = geometry;
    this.count = metadata.frameCount();
    this.fps = metadata.playFps();
    this.bin = bin;
  }

  @Override
  public Geometry geometry() {
    return geometry;
  }

  /** A frames ZIP carries no loop count: 0 leaves it to the item's loop policy. */
  @Override
  public int loopCount() {
    return 0;
  }

  @Override
  public int next(byte[] rgb565) throws IOException {
    if (index == count) {
      if (!done && bin != null) {
        bin.finish();
      }
      done = true;
      return -1;
    }
    if (bin != null) {
      bin.readFully(rgb565, 0, geometry.frameBytes());
    } else {
      try (EntryReader file = new EntryReader(zip, layout.frameFiles().get(index))) {
        file.readFully(rgb565, 0, geometry.frameBytes());
        file.finish();
      }
    }
    return clock.until(FrameClock.endAtRate(index++, fps));
  }

  @Override
  public void close() throws IOException {
    try (zip) {
      if (bin != null) {
        bin.close();
      }
    }
  }
}
