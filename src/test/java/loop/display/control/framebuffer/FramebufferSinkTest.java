package loop.display.control.framebuffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against a temp file standing in for {@code /dev/fb0} and a fake {@code /sys/class/graphics}. */
class FramebufferSinkTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);
  static final byte UNTOUCHED = 0x55;

  @TempDir Path dir;
  Path device;
  int stride;

  /** A framebuffer file full of 55h and its sysfs description. */
  FramebufferSink open(int width, int height, int bpp, int stride) throws IOException {
    Path sysfs = Files.createDirectories(dir.resolve("graphics/fb0"));
    Files.writeString(sysfs.resolve("virtual_size"), width + "," + height + "\n");
    Files.writeString(sysfs.resolve("bits_per_pixel"), bpp + "\n");
    Files.writeString(sysfs.resolve("stride"), stride + "\n");
    byte[] memory = new byte[stride * height];
    Arrays.fill(memory, UNTOUCHED);
    device = Files.write(dir.resolve("fb0"), memory);
    this.stride = stride;
    return new FramebufferSink(device, dir.resolve("graphics"));
  }

  byte[] memory() throws IOException {
    return Files.readAllBytes(device);
  }

  /** The bytes of the pixel at column x, row y. */
  byte[] pixel(int x, int y, int bytes) throws IOException {
    int at = y * stride + x * bytes;
    return Arrays.copyOfRange(memory(), at, at + bytes);
  }

  static byte[] hex(String text) {
    return HexFormat.ofDelimiter(" ").parseHex(text);
  }

  static byte[] frame(Geometry g, int seed) {
    byte[] f = new byte[g.frameBytes()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (byte) (i * 29 + seed);
    }
    return f;
  }

  /** A frame of one colour with a few marked pixels. */
  static byte[] marked(Geometry g, int... xyColour) {
    byte[] f = new byte[g.frameBytes()];
    for (int i = 0; i + 2 < xyColour.length; i += 3) {
      int at = (xyColour[i + 1] * g.width() + xyColour[i]) * 2;
      f[at] = (byte) (xyColour[i + 2] >>> 8);
      f[at + 1] = (byte) xyColour[i + 2];
    }
    return f;
  }

  @Test
  void sixteenBitsPerPixelIsOurFrameWithEachPairSwapped() throws Exception {
    // given a 320x240 RGB565 panel, as fbtft gives it
    FramebufferSink cut = open(320, 240, 16, 640);
    byte[] pixels = frame(LANDSCAPE, 1);

    // when
    cut.show(ByteBuffer.wrap(pixels), LANDSCAPE);

    // then
    byte[] expected = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i += 2) {
      expected[i] = pixels[i + 1];
      expected[i + 1] = pixels[i];
    }
    assertArrayEquals(expected, memory());
  }

  @ParameterizedTest
  @CsvSource({
    // rgb565, B G R X
    "F800, 00 00 FF FF",
    "07E0, 00 FF 00 FF",
    "001F, FF 00 00 FF",
    "FFFF, FF FF FF FF",
    "0000, 00 00 00 FF",
    "8410, 84 82 84 FF",
    "0821, 08 04 08 FF",
  })
  void thirtyTwoBitsPerPixelIsBgrxWithChannelsWidenedByTheirTopBits(String rgb565, String bgrx)
      throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 32, 1280);
    int colour = Integer.parseInt(rgb565, 16);

    // when
    cut.show(ByteBuffer.wrap(marked(LANDSCAPE, 17, 9, colour)), LANDSCAPE);

    // then
    assertArrayEquals(hex(bgrx), pixel(17, 9, 4));
    assertArrayEquals(hex("00 00 00 FF"), pixel(18, 9, 4));
  }

  @Test
  void thirtyTwoBitsPerPixelWholeFrameByteExact() throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 32, 1280);
    byte[] pixels = frame(LANDSCAPE, 2);

    // when
    cut.show(ByteBuffer.wrap(pixels), LANDSCAPE);

    // then each channel widened by repeating its top bits: 5 bits x → 8x + x/4, 6 bits → 4x + x/16
    byte[] expected = new byte[320 * 240 * 4];
    for (int p = 0; p < 320 * 240; p++) {
      int v = (pixels[2 * p] & 0xFF) * 256 + (pixels[2 * p + 1] & 0xFF);
      int r = v / 2048;
      int g = v / 32 % 64;
      int b = v % 32;
      expected[4 * p] = (byte) (b * 8 + b / 4);
      expected[4 * p + 1] = (byte) (g * 4 + g / 16);
      expected[4 * p + 2] = (byte) (r * 8 + r / 4);
      expected[4 * p + 3] = (byte) 0xFF;
    }
    assertArrayEquals(expected, memory());
  }

  @Test
  void twentyFourBitsPerPixelIsBgr() throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 24, 960);

    // when
    cut.show(ByteBuffer.wrap(marked(LANDSCAPE, 0, 0, 0xF800, 319, 239, 0x001F)), LANDSCAPE);

    // then
    assertArrayEquals(hex("00 00 FF"), pixel(0, 0, 3));
    assertArrayEquals(hex("FF 00 00"), pixel(319, 239, 3));
  }

  @Test
  void rowPaddingBeyondTheVisibleWidthIsLeftAlone() throws Exception {
    // given rows of 320 pixels in 704-byte strides
    FramebufferSink cut = open(320, 240, 16, 704);

    // when
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 3)), LANDSCAPE);

    // then
    byte[] memory = memory();
    for (int y = 0; y < 240; y++) {
      for (int i = 640; i < 704; i++) {
        assertEquals(UNTOUCHED, memory[y * 704 + i]);
      }
    }
    assertArrayEquals(hex("A0 83"), Arrays.copyOfRange(memory, 704, 706)); // row 1, pixel 0
  }

  @Test
  void openingBlanksTheWholeFramebuffer() throws Exception {
    // when
    open(320, 240, 16, 640);

    // then
    assertArrayEquals(new byte[640 * 240], memory());
  }

  @Test
  void aSmallerFrameIsCentredWithBlackAround() throws Exception {
    // given an HDMI-sized framebuffer
    FramebufferSink cut = open(640, 480, 32, 2560);

    // when
    cut.show(ByteBuffer.wrap(marked(LANDSCAPE, 0, 0, 0xFFFF, 319, 239, 0xF800)), LANDSCAPE);

    // then the frame spans columns 160..479, rows 120..359
    assertArrayEquals(hex("FF FF FF FF"), pixel(160, 120, 4));
    assertArrayEquals(hex("00 00 FF FF"), pixel(479, 359, 4));
    assertArrayEquals(hex("00 00 00 FF"), pixel(159, 120, 4));
    assertArrayEquals(hex("00 00 00 FF"), pixel(480, 359, 4));
    assertArrayEquals(hex("00 00 00 FF"), pixel(0, 0, 4));
  }

  @Test
  void aPortraitFrameOnALandscapePanelIsTurnedAQuarterTurn() throws Exception {
    // given a 320x240 panel and a portrait frame with three marked corners
    FramebufferSink cut = open(320, 240, 16, 640);
    byte[] pixels = marked(PORTRAIT, 0, 0, 0x1234, 239, 0, 0x5678, 0, 319, 0x9ABC);

    // when
    cut.show(ByteBuffer.wrap(pixels), PORTRAIT);

    // then for the device turned clockwise: top-left → bottom-left, top-right → top-left,
    // bottom-left → bottom-right
    assertArrayEquals(hex("34 12"), pixel(0, 239, 2));
    assertArrayEquals(hex("78 56"), pixel(0, 0, 2));
    assertArrayEquals(hex("BC 9A"), pixel(319, 239, 2));
  }

  @Test
  void aPortraitFrameOnALargeScreenIsCentredUpright() throws Exception {
    // given
    FramebufferSink cut = open(640, 480, 16, 1280);

    // when
    cut.show(ByteBuffer.wrap(marked(PORTRAIT, 0, 0, 0x1234, 239, 319, 0x5678)), PORTRAIT);

    // then columns 200..439, rows 80..399
    assertArrayEquals(hex("34 12"), pixel(200, 80, 2));
    assertArrayEquals(hex("78 56"), pixel(439, 399, 2));
  }

  @Test
  void aNewPlacementClearsWhatThePreviousPictureLeft() throws Exception {
    // given a white landscape frame on a large screen
    FramebufferSink cut = open(640, 480, 16, 1280);
    byte[] white = new byte[LANDSCAPE.frameBytes()];
    Arrays.fill(white, (byte) 0xFF);
    cut.show(ByteBuffer.wrap(white), LANDSCAPE);

    // when a black portrait frame follows
    cut.show(ByteBuffer.allocate(PORTRAIT.frameBytes()), PORTRAIT);

    // then nothing white is left
    assertArrayEquals(new byte[1280 * 480], memory());
  }

  @Test
  void aFrameLargerThanTheScreenEitherWayIsCentredAndCropped() throws Exception {
    // given a 200x100 framebuffer
    FramebufferSink cut = open(200, 100, 16, 400);

    // when the frame's pixel (60, 70) would land on the screen's top-left
    cut.show(ByteBuffer.wrap(marked(LANDSCAPE, 60, 70, 0x0F0F, 259, 169, 0xF0F0)), LANDSCAPE);

    // then
    assertArrayEquals(hex("0F 0F"), pixel(0, 0, 2));
    assertArrayEquals(hex("F0 F0"), pixel(199, 99, 2));
  }

  @Test
  void theFrameIsReadFromItsPositionAndTheBufferIsLeftAsItWas() throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 16, 640);
    byte[] pixels = marked(LANDSCAPE, 0, 0, 0xABCD);
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length + 6).position(6).put(pixels);
    buffer.position(6);

    // when
    cut.show(buffer, LANDSCAPE);

    // then
    assertArrayEquals(hex("CD AB"), pixel(0, 0, 2));
    assertEquals(6, buffer.position());
  }

  @Test
  void clearAndCloseBlank() throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 16, 640);
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 4)), LANDSCAPE);

    // when
    cut.clear();

    // then
    assertArrayEquals(new byte[640 * 240], memory());
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 5)), LANDSCAPE);
    cut.close();
    assertArrayEquals(new byte[640 * 240], memory());
  }

  @Test
  void framesAfterCloseAreRefusedAndClosingTwiceIsHarmless() throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 16, 640);
    cut.close();

    // when / then
    ByteBuffer bytes = ByteBuffer.wrap(frame(LANDSCAPE, 0));
    assertThrows(IllegalStateException.class, () -> cut.show(bytes, LANDSCAPE));
    assertDoesNotThrow(cut::close);
  }

  @Test
  void theGeometryComesFromSysfs() throws Exception {
    assertEquals(new Geometry(480, 320), open(480, 320, 16, 960).geometry());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 8, 15})
  void unsupportedPixelFormatsAreRefused(int bpp) {
    IOException e = assertThrows(IOException.class, () -> open(320, 240, bpp, 1280));
    assertTrue(e.getMessage().contains(bpp + " bpp"), e.getMessage());
  }

  @Test
  void aStrideShorterThanARowIsRefused() {
    assertThrows(IOException.class, () -> open(320, 240, 16, 600));
  }

  @Test
  void aMissingSysfsDescriptionIsAnIoException() throws Exception {
    // given
    Path lonely = Files.write(dir.resolve("fb3"), new byte[16]);

    // when / then
    assertThrows(IOException.class, () -> new FramebufferSink(lonely, dir.resolve("graphics")));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void brightnessIsRangeCheckedAndOtherwiseIgnored(int percent) throws Exception {
    // given
    FramebufferSink cut = open(320, 240, 16, 640);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.brightness(percent));
    assertDoesNotThrow(() -> cut.brightness(50));
  }

  @Test
  void theNameIsFramebuffer() throws Exception {
    assertEquals("framebuffer", open(320, 240, 16, 640).name());
  }
}
