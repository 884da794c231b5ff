package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.app14Adobe;
import static loop.media.control.decode.PictureFixtures.at;
import static loop.media.control.decode.PictureFixtures.chunk;
import static loop.media.control.decode.PictureFixtures.idat;
import static loop.media.control.decode.PictureFixtures.ihdr;
import static loop.media.control.decode.PictureFixtures.near;
import static loop.media.control.decode.PictureFixtures.png;
import static loop.media.control.decode.PictureFixtures.withSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import loop.media.control.decode.StillImageDecoder.Still;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Colour handling of generated PNG and JPEG kinds the shared fixtures do not cover. */
class StillImageDecoderColourTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);

  /** CMYK inks of six 16-px patches and the RGB each must become. */
  static final int[][] INKS = {
    {0, 0, 0, 0}, {255, 0, 0, 0}, {0, 255, 0, 0}, {0, 0, 255, 0}, {0, 0, 0, 255}, {255, 255, 0, 0}
  };
  static final int[] INK_RGB = {0xFFFFFF, 0x00FFFF, 0xFF00FF, 0xFFFF00, 0x000000, 0x0000FF};

  StillImageDecoder cut = new StillImageDecoder();

  @TempDir
  Path dir;

  Still decode(String name, byte[] bytes) throws IOException {
    return cut.decode(PictureFixtures.write(dir, name, bytes), ConversionSpec.defaults());
  }

  @ParameterizedTest
  @CsvSource({"8, 128", "16, 32896"})
  void greyPngKeepsItsLevel(int depth, int sample) throws IOException {
    // given a 4×4 grey PNG of level 128 (0x80 or 0x8080)
    byte[] row = depth == 8 ? new byte[] {(byte) 128, (byte) 128, (byte) 128, (byte) 128}
        : ByteBuffer.allocate(8).putShort((short) sample).putShort((short) sample)
            .putShort((short) sample).putShort((short) sample).array();

    // when
    Still still = decode("grey.png", png(ihdr(4, 4, depth, 0), idat(row, row, row, row)));

    // then: the square fills 240×240 at columns 40-279
    assertEquals(0x8410, at(still.frame(), LANDSCAPE, 40, 0));
    assertEquals(0x8410, at(still.frame(), LANDSCAPE, 279, 239));
  }

  @Test
  void greyJpegKeepsItsLevel() throws IOException {
    BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
    OrientedArgbTest.fill(grey.getRaster(), 128);

    Still still = decode("grey.jpg", PictureFixtures.jpeg(grey));

    assertTrue(near(at(still.frame(), LANDSCAPE, 160, 120), 0x808080, 4));
  }

  @Test
  void aGreyColourKeyIsTransparent() throws IOException {
    // given 4×2 grey 128 | 200 with tRNS making 128 transparent
    byte[] row = {(byte) 128, (byte) 128, (byte) 200, (byte) 200};
    byte[] trns = chunk("tRNS", new byte[] {0, (byte) 128});

    // when: 4×2 fits 320×160 at rows 40-199
    Still still = decode("key.png", png(ihdr(4, 2, 8, 0), trns, idat(row, row)));

    // then
    assertEquals(0x0000, at(still.frame(), LANDSCAPE, 80, 120));
    assertEquals(0xCE59, at(still.frame(), LANDSCAPE, 240, 120));
  }

  @Test
  void anRgbColourKeyIsTransparent() throws IOException {
    byte[] row = {(byte) 255, 0, 0, 0, 0, (byte) 255};
    byte[] trns = chunk("tRNS", new byte[] {0, (byte) 255, 0, 0, 0, 0});

    Still still = decode("key.png", png(ihdr(2, 1, 8, 2), trns, idat(row)));

    assertEquals(0x0000, at(still.frame(), LANDSCAPE, 80, 120));
    assertEquals(0x001F, at(still.frame(), LANDSCAPE, 240, 120));
  }

  @Test
  void paletteAlphaFromTrnsCompositesOverBlack() throws IOException {
    // given palette red (opaque) and lime at alpha 128
    byte[] plte = chunk("PLTE", new byte[] {(byte) 255, 0, 0, 0, (byte) 255, 0});
    byte[] trns = chunk("tRNS", new byte[] {(byte) 255, (byte) 128});

    Still still = decode("pal.png", png(ihdr(2, 1, 8, 3), plte, trns, idat(new byte[] {0, 1})));

    assertEquals(0xF800, at(still.frame(), LANDSCAPE, 80, 120));
    assertEquals(0x0400, at(still.frame(), LANDSCAPE, 240, 120));
  }

  @Test
  void anInterlacedPngIsDecodedSubsampled() throws IOException {
    // given a 1300×976 Adam7 PNG of quadrants red | lime over blue | white
    byte[] file = PictureFixtures.interlacedPng(1300, 976,
        (x, y) -> y < 488 ? (x < 650 ? 0xFF0000 : 0x00FF00) : (x < 650 ? 0x0000FF : 0xFFFFFF));

    // when
    Still still = decode("interlaced.png", file);

    // then
    assertEquals(3, still.plan().subsampling());
    assertEquals(0xF800, at(still.frame(), LANDSCAPE, 80, 60));
    assertEquals(0x07E0, at(still.frame(), LANDSCAPE, 240, 60));
    assertEquals(0x001F, at(still.frame(), LANDSCAPE, 80, 180));
    assertEquals(0xFFFF, at(still.frame(), LANDSCAPE, 240, 180));
  }

  @Test
  void anApngShowsItsDefaultImage() throws IOException {
    // given an APNG whose default image (IDAT) is red and whose second frame (fdAT) is blue
    byte[] red = {(byte) 255, 0, 0};
    byte[] actl = chunk("acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array());
    byte[] fctl0 = chunk("fcTL", frameControl(0));
    byte[] fctl1 = chunk("fcTL", frameControl(2));
    byte[] blue = idat(new byte[] {0, 0, (byte) 255});
    int blueData = blue.length - 12; // an IDAT chunk's data: after length and type, before CRC
    byte[] fdat = chunk("fdAT", ByteBuffer.allocate(4 + blueData).putInt(3)
        .put(blue, 8, blueData).array());

    // when
    Still still = decode("anim.png", png(ihdr(1, 1, 8, 2), actl, fctl0, idat(red), fctl1, fdat));

    // then
    assertEquals(0xF800, at(still.frame(), LANDSCAPE, 160, 120));
  }

  @ParameterizedTest
  @CsvSource({"0, cmyk", "2, ycck"})
  void adobeCmykAndYcckBecomeTheirRgbColours(int transform, String name) throws IOException {
    // given six 16×16 ink patches written as a 4-channel JPEG with an Adobe APP14 segment
    byte[] jpeg = PictureFixtures.jpeg(PictureFixtures.fourBands(16 * INKS.length, 16,
        (x, y) -> transform == 0 ? adobeCmyk(INKS[x / 16]) : ycck(INKS[x / 16])));

    // when: 96×16 fits 320×53 (×10/3)
    Still still = decode(name + ".jpg", withSegment(jpeg, app14Adobe(transform)));

    // then
    for (int i = 0; i < INKS.length; i++) {
      int x = (16 * i + 8) * 10 / 3;
      int value = at(still.frame(), LANDSCAPE, x, 120);
      assertTrue(near(value, INK_RGB[i], 48), "patch " + i + ": " + Integer.toHexString(value));
    }
  }

  /** Adobe stores CMYK inverted: 255 means no ink. */
  static int[] adobeCmyk(int[] ink) {
    return new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]};
  }

  /**
   * YCCK as libjpeg makes it from Adobe CMYK: R, G, B = 255 minus the stored (inverted) C, M, Y,
   * which is the ink itself, converted to JFIF YCbCr; K stays stored inverted.
   */
  static int[] ycck(int[] ink) {
    double r = ink[0];
    double g = ink[1];
    double b = ink[2];
    long y = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    long cb = Math.round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
    long cr = Math.round(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
    return new int[] {clamp(y), clamp(cb), clamp(cr), 255 - ink[3]};
  }

  static int clamp(long v) {
    return (int) Math.max(0, Math.min(255, v));
  }

  static byte[] frameControl(int sequence) {
    return ByteBuffer.allocate(26).putInt(sequence).putInt(1).putInt(1).putInt(0).putInt(0)
        .putShort((short) 1).putShort((short) 10).put((byte) 0).put((byte) 0).array();
  }
}
