package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageReader;
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

/** WebP fixtures, the container's refusals, and stills in each of the three layouts. */
class WebpDecoderTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final int RED = 0xFFFF0000;
  static final int BLUE = 0xFF0000FF;

  WebpDecoder cut = new WebpDecoder();

  @TempDir Path temp;

  static Stream<Arguments> acceptedWebps() {
    return Fixtures.accepted("webp_").stream().map(o -> Arguments.of(o.getString("file"), o));
  }

  DecodedFrames decode(String fixture) throws IOException {
    return DecodedFrames.of(cut, Fixtures.file(fixture));
  }

  Path save(byte[] webp) throws IOException {
    return WebpWriter.save(temp, webp);
  }

  MediaRefused refusedAtOpen(byte[] webp, ConversionSpec spec) throws IOException {
    Path file = save(webp);
    return assertThrows(MediaRefused.class, () -> cut.open(file, spec));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedWebps")
  void everyFixtureHasItsFramesDurationsLoopAndOrientation(String file, JsonObject expected)
      throws IOException {
    // when
    DecodedFrames frames = decode(file);

    // then
    assertEquals(expected.getInt("frames"), frames.count());
    List<Integer> durations = expected.containsKey("delays_ms")
        ? expected.getJsonArray("delays_ms").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::intValue).collect(Collectors.toList())
        : List.of(WebpFrameSource.STILL_MS);
    assertEquals(durations, frames.durations());
    assertEquals(expected.containsKey("loop") ? 0 : 1, frames.loopCount());
    assertEquals("landscape", expected.getString("orientation"));
    assertEquals(LANDSCAPE, frames.geometry());
  }

  @Test
  void animatedFramesAreWholeCompositedCanvases() throws IOException {
    // when: frames 2-12 are 160×16 strips at y = 90, blended over the previous canvas
    DecodedFrames frames = decode("webp_animated_12f_80ms.webp");

    // then: above and below the strip every frame is frame 1; the strip itself moves
    byte[] first = frames.frames().get(0);
    int stripStart = 90 * 2 * 320 * 2;
    int stripEnd = 106 * 2 * 320 * 2;
    assertTrue(litPixels(first) > 40_000, "frame 1 is a full picture, not a strip");
    for (int k = 1; k < 12; k++) {
      byte[] frame = frames.frames().get(k);
      assertArrayEquals(Arrays.copyOf(first, stripStart), Arrays.copyOf(frame, stripStart));
      assertArrayEquals(Arrays.copyOfRange(first, stripEnd, first.length),
          Arrays.copyOfRange(frame, stripEnd, frame.length), "below the strip, frame " + k);
    }
    assertNotEquals(Arrays.toString(Arrays.copyOfRange(first, stripStart, stripEnd)),
        Arrays.toString(Arrays.copyOfRange(frames.frames().get(6), stripStart, stripEnd)));
  }

  static int litPixels(byte[] frame) {
    int lit = 0;
    for (int i = 0; i < frame.length; i += 2) {
      lit += (frame[i] | frame[i + 1]) != 0 ? 1 : 0;
    }
    return lit;
  }

  @Test
  void aLossyStillMatchesTheWholeFileDecodedByTwelveMonkeys() throws IOException {
    // given
    Path file = Fixtures.file("webp_static_lossy.webp");
    BufferedImage reference = readWhole(Files.readAllBytes(file));

    // when
    DecodedFrames frames = DecodedFrames.of(cut, file);

    // then: 160×120 doubles exactly
    for (int y = 0; y < 120; y += 7) {
      for (int x = 0; x < 160; x += 7) {
        assertEquals(Rgb565.of(reference.getRGB(x, y)), frames.pixel(0, 2 * x, 2 * y), x + "," + y);
      }
    }
  }

  static BufferedImage readWhole(byte[] webp) throws IOException {
    ImageReader reader = new WebPImageReaderSpi().createReaderInstance(null);
    reader.setInput(new ByteArrayImageInputStream(webp));
    return reader.read(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"uncompressed", "lossless-compressed"})
  void aLossyStillWithAnAlphaChunkIsTransparentWhereItsAlphaSaysSo(String alphaKind)
      throws IOException {
    // given: the fixture's VP8 picture in a VP8X still with an ALPH chunk that is 0 in the top
    // half and 255 in the bottom half
    byte[] vp8 = vp8Payload(Fixtures.file("webp_static_lossy.webp"));
    byte[] vp8x = {0x10, 0, 0, 0, (byte) 159, 0, 0, 119, 0, 0};
    byte[] alph = alphaKind.equals("uncompressed") ? halfAlpha(160, 120) : halfAlphaLossless();
    byte[] webp = new WebpWriter().chunk("VP8X", vp8x).chunk("ALPH", alph).chunk("VP8 ", vp8)
        .bytes();
    DecodedFrames opaque = decode("webp_static_lossy.webp");

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(webp));

    // then
    assertEquals(0, litPixels(Arrays.copyOf(frames.frames().get(0), 120 * 640)));
    assertArrayEquals(Arrays.copyOfRange(opaque.frames().get(0), 120 * 640, 240 * 640),
        Arrays.copyOfRange(frames.frames().get(0), 120 * 640, 240 * 640));
  }

  /** The payload of the fixture's VP8 chunk (its first and only chunk). */
  static byte[] vp8Payload(Path simpleLossy) throws IOException {
    byte[] file = Files.readAllBytes(simpleLossy);
    int size = (file[16] & 0xFF) | (file[17] & 0xFF) << 8 | (file[18] & 0xFF) << 16;
    return Arrays.copyOfRange(file, 20, 20 + size);
  }

  /**
   * ALPH with header byte 0x01 (lossless compression, no filter): a VP8L stream without its
   * 5-byte header whose green channel carries the alpha values.
   */
  static byte[] halfAlphaLossless() {
    int[] green = new int[160 * 120];
    Arrays.fill(green, green.length / 2, green.length, 0xFF00FF00);
    byte[] vp8l = Vp8lWriter.encode(160, 120, green);
    byte[] alph = new byte[1 + vp8l.length - 5];
    alph[0] = 0x01;
    System.arraycopy(vp8l, 5, alph, 1, vp8l.length - 5);
    return alph;
  }

  /** ALPH, header byte 0 (no compression, no filter), then one alpha byte per pixel. */
  static byte[] halfAlpha(int width, int height) {
    byte[] alph = new byte[1 + width * height];
    Arrays.fill(alph, 1 + width * height / 2, alph.length, (byte) 0xFF);
    return alph;
  }

  @Test
  void aLosslessStillKeepsItsColours() throws IOException {
    // given: 4×3, left half red, right half blue
    int[] argb = new int[12];
    for (int i = 0; i < 12; i++) {
      argb[i] = i % 4 < 2 ? RED : BLUE;
    }

    // when
    DecodedFrames frames = DecodedFrames.of(cut, save(WebpWriter.lossless(4, 3, argb)));

    // then
    assertEquals(List.of(WebpFrameSource.STILL_MS), frames.durations());
    assertEquals(1, frames.loopCount());
    assertEquals(0xF800, frames.pixel(0, 10, 10));
    assertEquals(0x001F, frames.pixel(0, 300, 230));
  }

  @Test
  void aTallPictureGoesPortrait() throws IOException {
    int[] argb = new int[3 * 4];
    Arrays.fill(argb, RED);

    DecodedFrames frames = DecodedFrames.of(cut, save(WebpWriter.lossless(3, 4, argb)));

    assertEquals(new Geometry(240, 320), frames.geometry());
  }

  @Test
  void aCanvasClaimingSixteenMillionSquaredIsRefusedQuicklyWithoutAllocating()
      throws IOException {
    // given: a VP8X canvas of 2^24 × 2^24 and one tiny frame
    byte[] webp = WebpWriter.animation(1 << 24, 1 << 24, 0)
        .frame(0, 0, 1, 1, 80, true, false, new int[] {RED}).bytes();
    Path file = save(webp);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();

    // when
    long allocatedBefore = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.open(file, ConversionSpec.defaults()));
    long nanos = System.nanoTime() - start;
    long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;

    // then
    assertEquals("The WebP is 16777216×16777216 pixels; the limit is 50,000,000 pixels.",
        refused.getMessage());
    assertTrue(nanos < 1_000_000_000L, "took " + nanos / 1_000_000 + " ms");
    assertTrue(allocated < 4_000_000L, "allocated " + allocated + " bytes");
  }

  @Test
  void aBitstreamLargerThanItsFrameIsRefusedBeforeDecoding() throws IOException {
    // given: an 8×8 canvas whose 2×2 frame carries a 16000×16000 VP8L header
    byte[] huge = Vp8lWriter.encode(16000, 16000, new int[] {RED});
    byte[] webp = WebpWriter.animation(8, 8, 0)
        .frame(0, 0, 2, 2, 80, true, false, WebpWriter.chunkBytes("VP8L", huge)).bytes();

    // when
    MediaRefused refused = refusedAtOpen(webp, ConversionSpec.defaults());

    // then
    assertEquals("The WebP is truncated or corrupt: picture 1 is 16000×16000 inside a 2×2 "
        + "frame.", refused.getMessage());
  }

  @Test
  void aFrameOutsideTheCanvasIsRefused() throws IOException {
    byte[] webp = WebpWriter.animation(8, 8, 0)
        .frame(6, 6, 4, 4, 80, true, false, new int[16]).bytes();

    MediaRefused refused = refusedAtOpen(webp, ConversionSpec.defaults());

    assertEquals("The WebP is truncated or corrupt: frame 1 (4×4 at 6,6) lies outside the 8×8 "
        + "canvas.", refused.getMessage());
  }

  @Test
  void aTruncatedAnimationIsRefusedAtOpen() throws IOException {
    // given: the first half of the animated fixture
    byte[] whole = Files.readAllBytes(Fixtures.file("webp_animated_12f_80ms.webp"));
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    // when
    MediaRefused refused = refusedAtOpen(half, ConversionSpec.defaults());

    // then
    assertEquals("The WebP is truncated or corrupt: the file ends after 2319 bytes; its header "
        + "says 4638.", refused.getMessage());
  }

  @Test
  void aChunkRunningPastTheEndIsRefused() throws IOException {
    // given: a complete RIFF, but the frame's ANMF chunk claims 0x7F000000 bytes
    byte[] webp = WebpWriter.animation(8, 8, 0)
        .frame(0, 0, 2, 2, 80, true, false, new int[4]).bytes();
    int anmf = new String(webp, StandardCharsets.ISO_8859_1).indexOf("ANMF");
    webp[anmf + 7] = 0x7F;

    // when
    MediaRefused refused = refusedAtOpen(webp, ConversionSpec.defaults());

    // then
    assertEquals("The WebP is truncated or corrupt: its ANMF chunk runs past the end of the "
        + "file.", refused.getMessage());
  }

  @Test
  void damagedPictureDataFailsItsFrameWithASentence() throws IOException {
    // given: a frame whose VP8 chunk keeps its header but loses most of its data
    byte[] vp8 = Arrays.copyOf(vp8Payload(Fixtures.file("webp_static_lossy.webp")), 100);
    byte[] webp = WebpWriter.animation(160, 120, 0)
        .frame(0, 0, 160, 120, 80, false, false, WebpWriter.chunkBytes("VP8 ", vp8)).bytes();
    FrameSource source = cut.open(save(webp), ConversionSpec.defaults());

    // when
    MediaRefused refused =
        assertThrows(MediaRefused.class, () -> source.next(new byte[LANDSCAPE.frameBytes()]));
    source.close();

    // then
    assertEquals("The WebP is truncated or corrupt: the picture of frame 1 cannot be decoded.",
        refused.getMessage());
  }

  @Test
  void framesPastMaxFramesAreRefused() throws IOException {
    WebpWriter animation = WebpWriter.animation(2, 2, 0);
    for (int i = 0; i < 4; i++) {
      animation.frame(0, 0, 2, 2, 80, true, false, new int[4]);
    }
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, 3, 120);

    MediaRefused refused = refusedAtOpen(animation.bytes(), spec);

    assertEquals("The WebP has more than 3 frames; the limit is 3 frames.", refused.getMessage());
  }

  @Test
  void aPlayTimePastMaxSecondsIsRefused() throws IOException {
    byte[] webp = WebpWriter.animation(2, 2, 0)
        .frame(0, 0, 2, 2, 700, true, false, new int[4])
        .frame(0, 0, 2, 2, 301, true, false, new int[4]).bytes();
    ConversionSpec spec = new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, 3000, 1);

    MediaRefused refused = refusedAtOpen(webp, spec);

    assertEquals("The WebP plays for more than 1 second; the limit is 1 second.",
        refused.getMessage());
  }

  @Test
  void aRiffThatIsNotWebpIsRefused() throws IOException {
    byte[] wave = {'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'A', 'V', 'E'};

    MediaRefused refused = refusedAtOpen(wave, ConversionSpec.defaults());

    assertEquals("The file is not a WebP: it does not start with RIFF…WEBP.",
        refused.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    MediaRefused refused = refusedAtOpen(new byte[0], ConversionSpec.defaults());

    assertEquals("The file is empty.", refused.getMessage());
  }
}
