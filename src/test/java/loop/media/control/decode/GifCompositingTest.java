package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import loop.media.control.decode.GifWriter.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compositing rules on tiny synthetic GIFs: an 8×6 screen scaled ×40 onto 320×240. */
class GifCompositingTest {

  static final int[] PALETTE = {
    0x000000, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0xFFFF00, 0x00FFFF, 0xFF00FF
  };
  static final int BLACK = 0;
  static final int RED = 1;
  static final int LIME = 2;
  static final int BLUE = 3;
  static final int WHITE = 4;
  static final int[] RGB565 = {0x0000, 0xF800, 0x07E0, 0x001F, 0xFFFF, 0xFFE0, 0x07FF, 0xF81F};

  GifDecoder cut = new GifDecoder();

  @TempDir Path temp;

  DecodedFrames decode(GifWriter gif) throws IOException {
    return DecodedFrames.of(cut, GifWriter.save(temp, gif.bytes()));
  }

  static GifWriter screen() {
    return new GifWriter(8, 6, PALETTE).loop(0);
  }

  /** Frame {@code k}'s colour at screen pixel (x, y), as an index into {@link #RGB565}. */
  static int at(DecodedFrames frames, int k, int x, int y) {
    int v = frames.pixel(k, x * 40 + 20, y * 40 + 20);
    for (int i = 0; i < RGB565.length; i++) {
      if (RGB565[i] == v) {
        return i;
      }
    }
    return -v;
  }

  @ParameterizedTest(name = "disposal {0}")
  @CsvSource({"0, 2", "1, 2", "2, 0", "3, 1", "4, 1", "5, 2", "7, 2"})
  void eachDisposalMethodDecidesWhatTheNextFrameStartsFrom(int disposal, int underneath)
      throws IOException {
    // given: red screen; a lime 2×2 at (1,1) with the disposal; then a blue dot elsewhere
    GifWriter gif = screen()
        .frame(Frame.filled(0, 0, 8, 6, RED).disposal(1))
        .frame(Frame.filled(1, 1, 2, 2, LIME).disposal(disposal))
        .frame(Frame.filled(6, 4, 1, 1, BLUE).disposal(1));

    // when
    DecodedFrames frames = decode(gif);

    // then: disposal happens after its frame showed, and only inside its rectangle
    assertEquals(LIME, at(frames, 1, 1, 1));
    assertEquals(underneath, at(frames, 2, 1, 1));
    assertEquals(underneath, at(frames, 2, 2, 2));
    assertEquals(RED, at(frames, 2, 3, 3));
    assertEquals(BLUE, at(frames, 2, 6, 4));
  }

  @Test
  void restoreToPreviousRestoresWhatWasThereBeforeItsFrame() throws IOException {
    // given: red; lime 2×2 at (0,0) kept; blue 2×2 at (1,1) and white at (4,4), both disposal 3
    GifWriter gif = screen()
        .frame(Frame.filled(0, 0, 8, 6, RED).disposal(1))
        .frame(Frame.filled(0, 0, 2, 2, LIME).disposal(1))
        .frame(Frame.filled(1, 1, 2, 2, BLUE).disposal(3))
        .frame(Frame.filled(4, 4, 1, 1, WHITE).disposal(3))
        .frame(Frame.filled(7, 0, 1, 1, RED).disposal(1));

    // when
    DecodedFrames frames = decode(gif);

    // then
    assertEquals(BLUE, at(frames, 2, 1, 1));
    assertEquals(LIME, at(frames, 3, 1, 1));
    assertEquals(RED, at(frames, 3, 2, 2));
    assertEquals(WHITE, at(frames, 3, 4, 4));
    assertEquals(LIME, at(frames, 4, 1, 1));
    assertEquals(RED, at(frames, 4, 4, 4));
  }

  @Test
  void transparentPixelsLeaveWhatIsUnderThem() throws IOException {
    // given: blue screen; a 2×1 frame [lime, red] whose red is the transparent index
    GifWriter gif = screen()
        .frame(Frame.filled(0, 0, 8, 6, BLUE).disposal(1))
        .frame(new Frame(3, 3, 2, 1, new byte[] {LIME, RED}).transparent(RED));

    // when
    DecodedFrames frames = decode(gif);

    // then
    assertEquals(LIME, at(frames, 1, 3, 3));
    assertEquals(BLUE, at(frames, 1, 4, 3));
  }

  @Test
  void theScreenStartsTransparentSoBlack() throws IOException {
    // when
    DecodedFrames frames = decode(screen().frame(Frame.filled(2, 2, 2, 2, WHITE)));

    // then
    assertEquals(BLACK, at(frames, 0, 0, 0));
    assertEquals(WHITE, at(frames, 0, 2, 2));
    assertEquals(BLACK, at(frames, 0, 4, 4));
  }

  @Test
  void framesReachingPastTheScreenAreClipped() throws IOException {
    // given: a 4×4 lime frame at (6,4) on the 8×6 screen, then one wholly outside
    GifWriter gif = screen()
        .frame(Frame.filled(6, 4, 4, 4, LIME))
        .frame(Frame.filled(100, 100, 3, 3, WHITE));

    // when
    DecodedFrames frames = decode(gif);

    // then
    assertEquals(LIME, at(frames, 0, 6, 4));
    assertEquals(LIME, at(frames, 0, 7, 5));
    assertEquals(BLACK, at(frames, 0, 5, 3));
    assertEquals(LIME, at(frames, 1, 7, 5));
  }

  @Test
  void interlacedRowsLandInPlace() throws IOException {
    // given: a 16×12 screen (×20), row y in colour y % 8, sent in the four passes; and a
    // 3-row interlaced sub-rectangle (passes 1, 3 and 4 only)
    byte[] rows = new byte[16 * 12];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (byte) (i / 16 % 8);
    }
    GifWriter gif = new GifWriter(16, 12, PALETTE).loop(0)
        .frame(new Frame(0, 0, 16, 12, rows).interlaced())
        .frame(new Frame(0, 0, 1, 3, new byte[] {WHITE, RED, LIME}).interlaced());

    // when
    DecodedFrames frames = decode(gif);

    // then
    for (int y = 0; y < 12; y++) {
      assertEquals(RGB565[y % 8], frames.pixel(0, 150, y * 20 + 10), "row " + y);
    }
    assertEquals(0xFFFF, frames.pixel(1, 10, 10));
    assertEquals(0xF800, frames.pixel(1, 10, 30));
    assertEquals(0x07E0, frames.pixel(1, 10, 50));
  }

  @Test
  void aLocalColourTableAppliesToItsOwnFrameOnly() throws IOException {
    // given: index 1 is red globally, white in frame 2's local table
    GifWriter gif = screen()
        .frame(Frame.filled(0, 0, 8, 6, RED))
        .frame(Frame.filled(0, 0, 4, 6, RED).local(0x0000FF, 0xFFFFFF))
        .frame(Frame.filled(0, 0, 2, 6, RED));

    // when
    DecodedFrames frames = decode(gif);

    // then
    assertEquals(WHITE, at(frames, 1, 3, 0));
    assertEquals(RED, at(frames, 1, 5, 0));
    assertEquals(RED, at(frames, 2, 1, 0));
    assertEquals(WHITE, at(frames, 2, 3, 0));
  }

  @Test
  void aFullCodeTableWithoutClearDecodesEveryPixel() throws IOException {
    // given: 160×120 noise over 256 colours, LZW that never clears its full table
    int[] palette = new int[256];
    for (int i = 0; i < 256; i++) {
      palette[i] = i * 0x010101 ^ (i & 7) << 21;
    }
    byte[] noise = LzwDecoderTest.random(160 * 120, 256, 7);
    GifWriter gif = new GifWriter(160, 120, palette).frame(new Frame(0, 0, 160, 120, noise)
        .deferredClear());

    // when
    DecodedFrames frames = decode(gif);

    // then
    for (int i = 0; i < noise.length; i++) {
      int expected = Rgb565.of(0xFF000000 | palette[noise[i] & 0xFF]);
      assertEquals(expected, frames.pixel(0, i % 160 * 2, i / 160 * 2), "pixel " + i);
    }
  }
}
