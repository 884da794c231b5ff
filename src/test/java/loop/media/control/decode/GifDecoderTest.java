package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GifDecoderTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);

  GifDecoder cut = new GifDecoder();

  @TempDir Path temp;

  static Stream<Arguments> acceptedGifs() {
    return Fixtures.accepted("gif_").stream().map(o -> Arguments.of(o.getString("file"), o));
  }

  DecodedFrames decode(String fixture) throws IOException {
    return DecodedFrames.of(cut, Fixtures.file(fixture));
  }

  static int rgb565(int r, int g, int b) {
    return r << 11 | g << 5 | b;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedGifs")
  void everyFixtureHasItsFramesDurationsLoopAndOrientation(String file, JsonObject expected)
      throws IOException {
    // when
    DecodedFrames frames = decode(file);

    // then
    assertEquals(expected.getInt("frames"), frames.count());
    assertEquals(expectedDurations(expected), frames.durations());
    assertEquals(expected.isNull("loop") ? 1 : 0, frames.loopCount());
    assertEquals("landscape", expected.getString("orientation"));
    assertEquals(LANDSCAPE, frames.geometry());
  }

  /** The listed delays; a still (delays_ms null) holds {@link GifFrameSource#STILL_MS}. */
  static List<Integer> expectedDurations(JsonObject expected) {
    if (expected.get("delays_ms").getValueType() == JsonValue.ValueType.NULL) {
      return List.of(GifFrameSource.STILL_MS);
    }
    return expected.getJsonArray("delays_ms").getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::intValue)
        .collect(Collectors.toList());
  }

  @Test
  void disposal2LeavesExactlyOneBallOnBlack() throws IOException {
    // when
    DecodedFrames frames = decode("gif_transparent_dispose2.gif");

    // then: ball k is 25×25 at (4+18k, 8+12k); the output is the screen ×2
    int ballPixels = litPixels(frames, 0);
    assertTrue(ballPixels > 1500, "a 25×25 ball scaled ×2");
    for (int k = 0; k < 8; k++) {
      assertEquals(0xF800, frames.pixel(k, 2 * (16 + 18 * k), 2 * (20 + 12 * k)), "ball " + k);
      assertEquals(ballPixels, litPixels(frames, k), "one ball, no trail, in frame " + k);
      if (k > 0) {
        assertEquals(0x0000, frames.pixel(k, 2 * (16 + 18 * (k - 1)), 2 * (20 + 12 * (k - 1))));
      }
    }
  }

  static int litPixels(DecodedFrames frames, int k) {
    int lit = 0;
    for (int y = 0; y < frames.geometry().height(); y++) {
      for (int x = 0; x < frames.geometry().width(); x++) {
        lit += frames.pixel(k, x, y) != 0 ? 1 : 0;
      }
    }
    return lit;
  }

  @Test
  void disposal3KeepsTheBackdropAndShowsExactlyOneSprite() throws IOException {
    // when
    DecodedFrames frames = decode("gif_dispose3_subrect.gif");

    // then: sprite k (1-5) is 24×24 at x = 10 + 30 (k - 1), y = 48; elsewhere frame 0 shows
    for (int k = 1; k < 6; k++) {
      int left = 2 * (10 + 30 * (k - 1));
      assertEquals(0xFFE0, frames.pixel(k, left + 2 * 4, 2 * (48 + 12)), "sprite " + k);
      for (int y = 0; y < 240; y++) {
        for (int x = 0; x < 320; x++) {
          boolean onSprite = x >= left && x < left + 48 && y >= 96 && y < 144;
          if (!onSprite) {
            assertEquals(frames.pixel(0, x, y), frames.pixel(k, x, y), k + ": " + x + "," + y);
          }
        }
      }
    }
  }

  @Test
  void interlacedFramesAreOneSmoothGradient() throws IOException {
    // when
    DecodedFrames frames = decode("gif_interlaced.gif");

    // then: down column 4 (clear of the text) red→blue, lime→magenta, yellow→navy
    assertMonotonic(frames, 0, 11, -1);
    assertMonotonic(frames, 0, 0, +1);
    assertMonotonic(frames, 1, 5, -1);
    assertMonotonic(frames, 1, 11, +1);
    assertMonotonic(frames, 2, 11, -1);
    assertMonotonic(frames, 2, 5, -1);
  }

  /** The channel at {@code shift} (11 red, 5 green, 0 blue) never moves against {@code sign}. */
  static void assertMonotonic(DecodedFrames frames, int k, int shift, int sign) {
    int mask = shift == 5 ? 63 : 31;
    int first = frames.pixel(k, 4, 0) >> shift & mask;
    int last = frames.pixel(k, 4, 239) >> shift & mask;
    assertTrue((last - first) * sign > mask / 2, "frame " + k + " spans the gradient");
    for (int y = 1; y < 240; y++) {
      int above = frames.pixel(k, 4, y - 1) >> shift & mask;
      int here = frames.pixel(k, 4, y) >> shift & mask;
      assertTrue((here - above) * sign >= 0, "frame " + k + " row " + y);
    }
  }

  @Test
  void localColourTablesGiveEachFrameItsOwnColours() throws IOException {
    // when
    DecodedFrames frames = decode("gif_local_color_tables.gif");

    // then: top and bottom rows, red→yellow, green→cyan, blue→magenta, black→white
    int[][] topBottom = {
      {rgb565(31, 0, 0), rgb565(31, 63, 0)},
      {rgb565(0, 32, 0), rgb565(0, 63, 31)},
      {rgb565(0, 0, 31), rgb565(31, 0, 31)},
      {rgb565(0, 0, 0), rgb565(31, 63, 31)}
    };
    for (int k = 0; k < 4; k++) {
      assertEquals(topBottom[k][0], frames.pixel(k, 160, 0), "top of frame " + k);
      assertEquals(topBottom[k][1], frames.pixel(k, 160, 239), "bottom of frame " + k);
    }
  }

  @Test
  void anOptimisedGifDecodesExactlyLikeItsSource() throws IOException {
    // when
    DecodedFrames source = decode("gif_O3_source_unoptimized.gif");
    DecodedFrames optimised = decode("gif_O3_optimized.gif");

    // then
    assertEquals(12, optimised.count());
    for (int k = 0; k < source.count(); k++) {
      assertArrayEquals(source.frames().get(k), optimised.frames().get(k), "frame " + k);
    }
  }

  @Test
  void aHalfGifIsRefusedBeforeAnyFrame() {
    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(Fixtures.file("bad_truncated_half.gif"), ConversionSpec.defaults()));

    // then
    assertEquals("The GIF is truncated or corrupt: the file ends after 29507 bytes, before its"
        + " trailer.", refused.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() {
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(Fixtures.file("bad_zero_byte.gif"), ConversionSpec.defaults()));

    assertEquals("The file is empty.", refused.getMessage());
  }

  @Test
  void textNamedGifIsRefused() {
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(Fixtures.file("bad_text_renamed.gif"), ConversionSpec.defaults()));

    assertEquals("The file is not a GIF: it does not start with GIF87a or GIF89a.",
        refused.getMessage());
  }

  @Test
  void aScreenOf60000By60000IsRefusedQuicklyWithoutAllocating() throws IOException {
    // given: 40 bytes claiming a 3.6-gigapixel screen
    Path bomb = GifWriter.save(temp,
        new GifWriter(60000, 60000, 0x000000, 0xFFFFFF).frame(GifWriter.Frame.filled(0, 0, 1, 1, 1))
            .bytes());
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();

    // when
    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(bomb, ConversionSpec.defaults()));
    long nanos = System.nanoTime() - start;
    long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

    // then
    assertEquals("The GIF is 60000×60000 pixels; the limit is 50,000,000 pixels.",
        refused.getMessage());
    assertTrue(nanos < 1_000_000_000L, "took " + nanos / 1_000_000 + " ms");
    assertTrue(allocated < 4_000_000L, "allocated " + allocated + " bytes");
  }

  @Test
  void aScreenJustPastMaxPixelsIsRefused() {
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 160 * 120 - 1, 3000, 120);

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(Fixtures.file("gif_anim_160x120_24f_40ms.gif"), spec));

    assertEquals("The GIF is 160×120 pixels; the limit is 19,199 pixels.", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {23, 24})
  void framesPastMaxFramesAreRefused(int maxFrames) throws IOException {
    // given: 24 frames
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, maxFrames, 120);
    Path file = Fixtures.file("gif_anim_160x120_24f_40ms.gif");

    // when / then
    if (maxFrames < 24) {
      MediaRefused refused = assertThrows(MediaRefused.class, () -> cut.open(file, spec));
      assertEquals("The GIF has more than 23 frames; the limit is 23 frames.",
          refused.getMessage());
    } else {
      assertEquals(24, DecodedFrames.of(cut, file, spec).count());
    }
  }

  @Test
  void aPlayTimePastMaxSecondsIsRefused() {
    // given: 1870 ms of frames
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, 3000, 1);

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(Fixtures.file("gif_varying_delays.gif"), spec));

    assertEquals("The GIF plays for more than 1 second; the limit is 1 second.",
        refused.getMessage());
  }

  @Test
  void aStillIsNotCountedAgainstMaxSeconds() throws IOException {
    // given: one image with a 600 s delay
    byte[] still = new GifWriter(4, 3, 0xFF0000, 0x00FF00)
        .frame(GifWriter.Frame.filled(0, 0, 4, 3, 1).delay(60_000))
        .bytes();

    // when
    DecodedFrames frames = DecodedFrames.of(cut, GifWriter.save(temp, still));

    // then
    assertEquals(List.of(GifFrameSource.STILL_MS), frames.durations());
    assertEquals(0x07E0, frames.pixel(0, 160, 120));
  }

  @Test
  void aDoubledPictureScalesExactlyByTwo() throws IOException {
    // when
    DecodedFrames frames = decode("gif_anim_160x120_24f_40ms.gif");

    // then: every 2×2 block of the output is one source pixel
    for (int y = 0; y < 240; y += 2) {
      for (int x = 0; x < 320; x += 2) {
        int p = frames.pixel(5, x, y);
        assertEquals(p, frames.pixel(5, x + 1, y + 1), x + "," + y);
      }
    }
  }
}
