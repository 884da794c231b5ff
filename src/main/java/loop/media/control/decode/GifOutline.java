package loop.media.control.decode;

import java.io.IOException;

/**
 * What a counting pass over a GIF's blocks finds, without decoding any picture data: the
 * logical screen, frame count, one pass's play time and the loop count. The pass refuses, as
 * soon as it knows, a screen or frame past {@code maxPixels}, a frame past {@code maxFrames}, a
 * play time past {@code maxSeconds}, a GIF without images, and a file that ends before its
 * trailer.
 *
 * @param width logical screen width in pixels, 1–65535
 * @param height logical screen height in pixels, 1–65535
 * @param frames images in the file, ≥ 1
 * @param loopCount plays: 0 forever, otherwise ≥ 1 (see {@link GifReader#loopCount()})
 * @param totalMs one pass's play time in ms, by {@link GraphicControl#durationMs()}
 */
record GifOutline(int width, int height, int frames, int loopCount, long totalMs) {

  /** Reads {@code reader} to its trailer, checking it against {@code limits}. */
  static GifOutline survey(GifReader reader, DecodeLimits limits) throws IOException {
    checkScreen(reader, limits);
    int frames = 0;
    long totalMs = 0;
    while (reader.nextImage()) {
      frames++;
      limits.checkFrames(frames);
      ImageDescriptor image = reader.image();
      limits.checkPixels("Frame " + frames + " of the GIF", image.width(), image.height());
      totalMs += reader.control().durationMs();
      if (frames > 1) { // a still's delay is no play time
        limits.checkDuration(totalMs);
      }
      reader.skipImageData();
    }
    if (frames == 0) {
      throw limits.corrupt("it holds no picture.");
    }
    return new GifOutline(reader.width(), reader.height(), frames, reader.loopCount(), totalMs);
  }

  private static void checkScreen(GifReader reader, DecodeLimits limits) {
    if (reader.width() == 0 || reader.height() == 0) {
      throw limits.corrupt("its logical screen is " + reader.width() + "×" + reader.height()
          + " pixels.");
    }
    limits.checkPixels("The GIF", reader.width(), reader.height());
  }
}
