package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Animated WebP compositing and timing on synthetic files: a 4×3 canvas scaled ×80. */
class WebpCompositingTest {

  static final int RED = 0xFFFF0000;
  static final int LIME = 0xFF00FF00;
  static final int HALF_BLUE = 0x800000FF;
  static final int CLEAR = 0x00000000;

  WebpDecoder cut = new WebpDecoder();

  @TempDir Path temp;

  DecodedFrames decode(WebpWriter webp) throws IOException {
    return DecodedFrames.of(cut, WebpWriter.save(temp, webp.bytes()));
  }

  static int[] filled(int count, int argb) {
    int[] pixels = new int[count];
    Arrays.fill(pixels, argb);
    return pixels;
  }

  /** Frame {@code k}'s RGB565 at canvas pixel (x, y). */
  static int at(DecodedFrames frames, int k, int x, int y) {
    return frames.pixel(k, x * 80 + 40, y * 80 + 40);
  }

  @Test
  void aBlendingFrameIsAlphaBlendedOverTheCanvas() throws IOException {
    // given: red canvas; a 2×1 frame [transparent, half blue] that blends
    WebpWriter webp = WebpWriter.animation(4, 3, 0)
        .frame(0, 0, 4, 3, 100, false, false, filled(12, RED))
        .frame(0, 0, 2, 1, 100, true, false, new int[] {CLEAR, HALF_BLUE});

    // when
    DecodedFrames frames = decode(webp);

    // then: red shows through; half blue over red is (127, 0, 128)
    assertEquals(0xF800, at(frames, 1, 0, 0));
    assertEquals(Rgb565.of(0xFF7F0080), at(frames, 1, 1, 0));
  }

  @Test
  void aNonBlendingFrameReplacesItsRectangle() throws IOException {
    // given: red canvas; the same 2×1 frame without blending
    WebpWriter webp = WebpWriter.animation(4, 3, 0)
        .frame(0, 0, 4, 3, 100, false, false, filled(12, RED))
        .frame(0, 0, 2, 1, 100, false, false, new int[] {CLEAR, HALF_BLUE});

    // when
    DecodedFrames frames = decode(webp);

    // then: transparent and half blue replace red, then show over black
    assertEquals(0x0000, at(frames, 1, 0, 0));
    assertEquals(Rgb565.of(HALF_BLUE), at(frames, 1, 1, 0));
    assertEquals(0xF800, at(frames, 1, 2, 0));
  }

  @Test
  void disposeToBackgroundClearsTheRectangleAfterItsFrame() throws IOException {
    // given: red canvas; a lime 2×2 at (2,0) that disposes; then a lime dot at (0,2)
    WebpWriter webp = WebpWriter.animation(4, 3, 0)
        .frame(0, 0, 4, 3, 100, false, false, filled(12, RED))
        .frame(2, 0, 2, 2, 100, true, true, filled(4, LIME))
        .frame(0, 2, 1, 1, 100, true, false, new int[] {LIME});

    // when
    DecodedFrames frames = decode(webp);

    // then
    assertEquals(0x07E0, at(frames, 1, 3, 1));
    assertEquals(0x0000, at(frames, 2, 3, 1));
    assertEquals(0x0000, at(frames, 2, 2, 0));
    assertEquals(0xF800, at(frames, 2, 1, 0));
    assertEquals(0x07E0, at(frames, 2, 0, 2));
  }

  @Test
  void theCanvasStartsTransparentWhateverTheBackgroundColour() throws IOException {
    // given: a 4×4 canvas with a white ANIM background; the first frame a 2×2 at (2,2)
    WebpWriter webp = WebpWriter.animation(4, 4, 0)
        .frame(2, 2, 2, 2, 100, true, false, filled(4, RED))
        .frame(0, 0, 1, 1, 100, true, false, new int[] {RED});

    // when
    DecodedFrames frames = decode(webp);

    // then: 4×4 fits as 240×240 from column 40
    assertEquals(0x0000, frames.pixel(0, 40 + 30, 30));
    assertEquals(0xF800, frames.pixel(0, 40 + 210, 210));
  }

  @ParameterizedTest(name = "{0} ms plays {1} ms")
  @CsvSource({"0, 100", "1, 100", "10, 100", "11, 11", "80, 80", "1500, 1500"})
  void durationsOfTenMsOrLessPlayAsOneHundred(int fileMs, int playedMs) throws IOException {
    WebpWriter webp = WebpWriter.animation(2, 2, 0)
        .frame(0, 0, 2, 2, fileMs, true, false, filled(4, RED))
        .frame(0, 0, 2, 2, fileMs, true, false, filled(4, LIME));

    assertEquals(List.of(playedMs, playedMs), decode(webp).durations());
  }

  @ParameterizedTest(name = "ANIM loop {0}")
  @CsvSource({"0, 0", "1, 1", "3, 3", "65535, 65535"})
  void theLoopCountIsTheNumberOfPlays(int animLoop, int plays) throws IOException {
    WebpWriter webp = WebpWriter.animation(2, 2, animLoop)
        .frame(0, 0, 2, 2, 80, true, false, filled(4, RED))
        .frame(0, 0, 2, 2, 80, true, false, filled(4, LIME));

    assertEquals(plays, decode(webp).loopCount());
  }

  @Test
  void aOneFrameAnimationIsAStill() throws IOException {
    WebpWriter webp = WebpWriter.animation(2, 2, 0)
        .frame(0, 0, 2, 2, 5000, true, false, filled(4, RED));

    assertEquals(List.of(WebpFrameSource.STILL_MS), decode(webp).durations());
  }

  @Test
  void unknownChunksInsideAFrameAreSkipped() throws IOException {
    // given: an ANMF whose picture follows an unknown chunk
    byte[] parts = concat(WebpWriter.chunkBytes("XYZW", new byte[] {1, 2, 3}),
        WebpWriter.chunkBytes("VP8L", Vp8lWriter.encode(2, 2, filled(4, LIME))));
    WebpWriter webp = WebpWriter.animation(2, 2, 0)
        .frame(0, 0, 2, 2, 80, true, false, filled(4, RED))
        .frame(0, 0, 2, 2, 80, true, false, parts);

    // when
    DecodedFrames frames = decode(webp);

    // then
    assertEquals(0x07E0, frames.pixel(1, 160, 120));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
