package loop.media.control.decode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import loop.media.entity.ConversionSpec;
import loop.media.entity.MediaRefused;

/**
 * WebP, still (simple {@code VP8 }/{@code VP8L}, or {@code VP8X} without animation) and animated
 * ({@code VP8X} + {@code ANIM} + {@code ANMF}). Our own parser reads the RIFF chunk headers
 * (canvas size checked against {@code maxPixels}, frame count and play time against the caps,
 * every frame's bitstream size against its frame header, all before any picture is decoded);
 * TwelveMonkeys decodes each frame's picture, one frame at a time, when {@link
 * FrameSource#next} asks for it; frames are composited onto a full canvas.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Durations are the file's ms, except that 10 ms or less plays as 100 ms (the browser rule
 *       GIF has too; a file's 0 means "as fast as possible"). A still, or an animation of one
 *       frame, returns {@value WebpFrameSource#STILL_MS} ms; the player holds stills.
 *   <li>Loop count as the container spec defines it: 0 forever, n = n plays (unlike GIF's
 *       NETSCAPE count, which browsers read as repetitions). A still has 1.
 *   <li>The canvas starts transparent and disposal clears to transparent (black on the panel):
 *       the ANIM background colour is ignored, as Chromium and libwebp's demuxer do.
 *   <li>Embedded ICC profiles and EXIF orientation are not applied.
 * </ul>
 */
public final class WebpDecoder implements Decoder {

  @Override
  public FrameSource open(Path file, ConversionSpec spec) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      if (channel.size() == 0) {
        throw new MediaRefused("The file is empty.");
      }
      DecodeLimits limits = new DecodeLimits(spec, "The WebP");
      WebpContainer container = WebpContainer.read(channel, limits);
      return new WebpFrameSource(channel, container, spec, limits);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }
}
