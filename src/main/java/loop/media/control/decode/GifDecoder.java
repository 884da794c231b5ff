package loop.media.control.decode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import loop.media.entity.ConversionSpec;
import loop.media.entity.MediaRefused;

/**
 * GIF87a/GIF89a, animated or still, by our own streaming parser (the JDK's ImageIO GIF reader
 * plays truncated files and is slow). Two passes over the file: a counting pass over the block
 * structure that skips picture data and checks every cap (screen and frame sizes against
 * {@code maxPixels} before anything is allocated, then {@code maxFrames} and {@code maxSeconds}
 * as it counts) and finds a missing trailer; then the decoding pass, one frame per
 * {@link FrameSource#next} call.
 *
 * <p>Decisions, where GIF89a is silent or browsers differ from it:
 *
 * <ul>
 *   <li>Compositing follows browsers: the screen starts transparent (black on the panel),
 *       disposal 2 clears to transparent whatever the background colour index says, disposal 4
 *       is read as 3, images reaching past the screen are clipped.
 *   <li>Delay 0 or 1 cs plays as 100 ms, otherwise cs × 10 ms. A GIF with one image is a still
 *       picture: its delay is ignored and {@code next} returns {@value GifFrameSource#STILL_MS}
 *       ms.
 *   <li>Loop count: no NETSCAPE2.0/ANIMEXTS1.0 extension = 1 play; 0 = forever (0); n = n + 1
 *       plays, the number of repetitions after the first, as Chromium and Firefox play it.
 *   <li>Refused as truncated or corrupt: no trailer (browsers would play the complete frames;
 *       Loop does not keep partial results), picture data that stops before the frame is
 *       complete, an impossible LZW code, an LZW code size outside 2–8, an unknown block, a
 *       0-pixel logical screen, no image at all.
 *   <li>Accepted as browsers do: picture data without an end code, data after the last pixel,
 *       a full code table without a clear code (deferred clear), a missing colour table (black).
 * </ul>
 */
public final class GifDecoder implements Decoder {

  @Override
  public FrameSource open(Path file, ConversionSpec spec) throws IOException {
    if (Files.size(file) == 0) {
      throw new MediaRefused("The file is empty.");
    }
    DecodeLimits limits = new DecodeLimits(spec, "The GIF");
    GifOutline outline;
    try (GifReader survey = GifReader.open(file, limits)) {
      outline = GifOutline.survey(survey, limits);
    }
    GifReader reader = GifReader.open(file, limits);
    try {
      return new GifFrameSource(reader, outline, spec);
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }
}
