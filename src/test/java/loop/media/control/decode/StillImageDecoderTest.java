package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.at;
import static loop.media.control.decode.PictureFixtures.media;
import static loop.media.control.decode.PictureFixtures.near;
import static loop.media.control.decode.PictureFixtures.rgb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import loop.media.control.decode.StillImageDecoder.Still;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The still-picture facts of the shared fixtures' expected.json, and refusals of other files. */
class StillImageDecoderTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  StillImageDecoder cut = new StillImageDecoder();

  Still decode(String fixture) throws IOException {
    return cut.decode(media(fixture), ConversionSpec.defaults());
  }

  @Test
  void rgbaAlphaBandsCompositeOverBlack() throws IOException {
    // given png_rgba_alpha.png: opaque red | green at alpha 128 | magenta at alpha 0

    // when
    Still still = decode("png_rgba_alpha.png");

    // then
    assertEquals(LANDSCAPE, still.geometry());
    for (int y : new int[] {0, 120, 239}) {
      for (int x : new int[] {0, 50, 105}) {
        assertEquals(0xF800, at(still.frame(), LANDSCAPE, x, y), "x=" + x + " y=" + y);
      }
      for (int x : new int[] {106, 160, 212}) {
        assertEquals(0x0400, at(still.frame(), LANDSCAPE, x, y), "x=" + x + " y=" + y);
      }
      for (int x : new int[] {213, 260, 319}) {
        assertEquals(0x0000, at(still.frame(), LANDSCAPE, x, y), "x=" + x + " y=" + y);
      }
    }
  }

  @Test
  void sixteenBitGradientRunsRedToBlueSmoothly() throws IOException {
    // given png_rgb16.png: 16 bits per sample, red (row 0) to blue (row 239)

    // when
    Still still = decode("png_rgb16.png");

    // then
    for (int x = 0; x < 320; x += 53) {
      assertEquals(0xF800, at(still.frame(), LANDSCAPE, x, 0));
      assertEquals(0x001F, at(still.frame(), LANDSCAPE, x, 239));
    }
    for (int y = 1; y < 240; y++) {
      int[] above = rgb(at(still.frame(), LANDSCAPE, 160, y - 1));
      int[] here = rgb(at(still.frame(), LANDSCAPE, 160, y));
      assertTrue(here[0] <= above[0] && here[2] >= above[2] && here[1] == 0, "row " + y);
    }
  }

  @Test
  void paletteBarsAreExact() throws IOException {
    // given png_palette.png: eight 40-px bars
    int[] bars = {0xFFFF, 0xFFE0, 0x07FF, 0x07E0, 0xF81F, 0xF800, 0x001F, 0x0000};

    // when
    Still still = decode("png_palette.png");

    // then
    for (int x = 0; x < 320; x++) {
      assertEquals(bars[x / 40], at(still.frame(), LANDSCAPE, x, 0), "x=" + x);
      assertEquals(bars[x / 40], at(still.frame(), LANDSCAPE, x, 239), "x=" + x);
    }
  }

  @Test
  void aWidePictureIsLetterboxedWithItsEnds() throws IOException {
    // given png_wide_1000x100.png: 50 px red at the left end, 50 px blue at the right end

    // when
    Still still = decode("png_wide_1000x100.png");

    // then
    byte[] f = still.frame();
    assertEquals(0x0000, at(f, LANDSCAPE, 160, 103));
    assertEquals(0x0000, at(f, LANDSCAPE, 160, 136));
    for (int y = 104; y <= 135; y++) {
      for (int x = 0; x < 15; x++) {
        assertEquals(0xF800, at(f, LANDSCAPE, x, y), "x=" + x + " y=" + y);
        assertEquals(0x001F, at(f, LANDSCAPE, 319 - x, y), "x=" + (319 - x) + " y=" + y);
      }
      assertTrue(near(at(f, LANDSCAPE, 160, y), 0x808080, 24), "grey middle, y=" + y);
    }
  }

  @Test
  void aTinySquareScalesUpWithExactQuadrants() throws IOException {
    // given png_tiny_8x8.png: 4×4 quadrants red | lime over blue | white

    // when
    Still still = decode("png_tiny_8x8.png");

    // then
    byte[] f = still.frame();
    for (int y = 0; y < 240; y += 7) {
      assertEquals(0x0000, at(f, LANDSCAPE, 39, y));
      assertEquals(0x0000, at(f, LANDSCAPE, 280, y));
      for (int x = 40; x < 280; x += 7) {
        int expected = y < 120 ? (x < 160 ? 0xF800 : 0x07E0) : (x < 160 ? 0x001F : 0xFFFF);
        assertEquals(expected, at(f, LANDSCAPE, x, y), "x=" + x + " y=" + y);
      }
    }
  }

  @Test
  void baselineAndProgressiveJpegGiveTheSamePicture() throws IOException {
    // given the same SMPTE bars, baseline and progressive

    // when
    Still baseline = decode("jpeg_baseline.jpg");
    Still progressive = decode("jpeg_progressive.jpg");

    // then
    assertEquals(LANDSCAPE, baseline.geometry());
    assertEquals(LANDSCAPE, progressive.geometry());
    long difference = 0;
    for (int i = 0; i < 320 * 240; i++) {
      int[] a = rgb(at(baseline.frame(), LANDSCAPE, i % 320, i / 320));
      int[] b = rgb(at(progressive.frame(), LANDSCAPE, i % 320, i / 320));
      difference += Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }
    double mean = difference / (320.0 * 240 * 3);
    assertTrue(mean < 2.0, "mean absolute difference " + mean);
    assertTrue(near(at(baseline.frame(), LANDSCAPE, 20, 60), 0xC0C0C0, 24), "grey bar");
  }

  @Test
  void exifOrientationSixBecomesAnUprightPortrait() throws IOException {
    // given jpeg_exif_orientation_6.jpg: stored 320×240, displayed 240×320

    // when
    Still still = decode("jpeg_exif_orientation_6.jpg");

    // then
    assertEquals(PORTRAIT, still.geometry());
    byte[] f = still.frame();
    for (int y = 0; y <= 39; y++) {
      // JPEG softens the bar's edge rows; 64 levels still tells red from white and blue
      assertTrue(near(at(f, PORTRAIT, 4, y), 0xFF0000, 64), "red top, left, y=" + y);
      assertTrue(near(at(f, PORTRAIT, 235, y), 0xFF0000, 64), "red top, right, y=" + y);
    }
    for (int y = 280; y <= 319; y++) {
      for (int x = 0; x < 240; x += 16) {
        assertTrue(near(at(f, PORTRAIT, x, y), 0x0000FF, 64), "blue bottom x=" + x + " y=" + y);
      }
    }
    assertTrue(near(at(f, PORTRAIT, 10, 160), 0xFFFFFF, 24), "white middle");
  }

  @Test
  void aStillWebpIsOneLandscapeFrameOfTenSeconds() throws IOException {
    // given webp_static_lossy.webp, 160×120
    byte[] frame = new byte[LANDSCAPE.frameBytes()];

    // when
    try (FrameSource source = cut.open(media("webp_static_lossy.webp"),
        ConversionSpec.defaults())) {

      // then
      assertEquals(LANDSCAPE, source.geometry());
      assertEquals(0, source.loopCount());
      assertEquals(StillImageDecoder.STILL_DURATION_MS, source.next(frame));
      assertEquals(10_000, StillImageDecoder.STILL_DURATION_MS);
      assertEquals(-1, source.next(frame));
    }
    long colours = Arrays.stream(toInts(frame)).distinct().count();
    assertTrue(colours > 20, "a picture, not a blank frame: " + colours + " colours");
  }

  @Test
  void theStillDurationCanBeChosen() throws IOException {
    // given
    StillImageDecoder fiveSeconds = new StillImageDecoder(5_000);

    // when
    try (FrameSource source = fiveSeconds.open(media("png_tiny_8x8.png"),
        ConversionSpec.defaults())) {

      // then
      assertEquals(5_000, source.next(new byte[LANDSCAPE.frameBytes()]));
    }
    assertThrows(IllegalArgumentException.class, () -> new StillImageDecoder(0));
  }

  @Test
  void cropFillsTheFrameFromTheCentre() throws IOException {
    // given the 10:1 wide picture and crop-to-fill
    ConversionSpec crop = new ConversionSpec(320, 240, FitMode.CROP, 50_000_000L, 3000, 120);

    // when
    Still still = cut.decode(media("png_wide_1000x100.png"), crop);

    // then
    for (int[] p : new int[][] {{0, 0}, {319, 0}, {0, 239}, {319, 239}, {160, 120}}) {
      assertTrue(near(at(still.frame(), LANDSCAPE, p[0], p[1]), 0x808080, 24),
          "grey at " + p[0] + "," + p[1]);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "bad_zero_byte.gif,              The file is empty.",
    "bad_text_renamed.gif,           'The file is not a PNG, JPEG or WebP picture.'",
    "gif_single_frame.gif, 'The file is image/gif, not a still PNG, JPEG or WebP picture.'",
    "video_h264_640x480_25fps_2s.mp4, 'The file is video/mp4, not a still PNG, JPEG or WebP"
        + " picture.'",
    "webp_animated_12f_80ms.webp,    The WebP is animated (12 frames); it is not a still picture.",
  })
  void otherFilesAreRefusedWithASentence(String fixture, String sentence) {
    // given a fixture that is not a still PNG, JPEG or WebP

    // when
    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(fixture));

    // then
    assertEquals(sentence, refused.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "jpeg_baseline.jpg,     JPEG",
    "jpeg_progressive.jpg,  JPEG",
    "png_rgba_alpha.png,    PNG",
    "png_wide_1000x100.png, PNG",
    "webp_static_lossy.webp, WebP",
  })
  void truncatedFilesAreRefusedAsIncomplete(String fixture, String label, @TempDir Path dir)
      throws IOException {
    // given the first half of a good file
    byte[] whole = Files.readAllBytes(media(fixture));
    Path half = PictureFixtures.write(dir, fixture, Arrays.copyOf(whole, whole.length / 2));

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(half, ConversionSpec.defaults()));

    // then
    assertTrue(refused.getMessage().startsWith("The " + label + " is damaged or incomplete: "),
        refused.getMessage());
  }

  @Test
  void aJpegWithGarbageInItsScanIsRefused(@TempDir Path dir) throws IOException {
    // given the baseline JPEG with 64 bytes overwritten in the middle of its scan
    byte[] bytes = Files.readAllBytes(media("jpeg_baseline.jpg"));
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] = (byte) (i * 37);
    }
    Path corrupt = PictureFixtures.write(dir, "corrupt.jpg", bytes);

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(corrupt, ConversionSpec.defaults()));

    // then
    assertTrue(refused.getMessage().startsWith("The JPEG is damaged or incomplete: Corrupt JPEG"),
        refused.getMessage());
  }

  static int[] toInts(byte[] frame) {
    int[] values = new int[frame.length / 2];
    for (int i = 0; i < values.length; i++) {
      values[i] = (frame[2 * i] & 0xFF) << 8 | (frame[2 * i + 1] & 0xFF);
    }
    return values;
  }
}
