package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrientedArgbTest {

  @Test
  void greyIsReadFromItsSamplesNotThroughLinearGreyConversion() {
    // given an 8-bit grey picture of value 128, which getRGB would brighten to 188
    BufferedImage grey = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
    fill(grey.getRaster(), 128);

    // when
    OrientedArgb cut = OrientedArgb.of(grey, ExifOrientation.NORMAL);

    // then
    assertEquals(0xFFBCBCBC, grey.getRGB(0, 0));
    assertArrayEquals(filled(12, 0xFF808080), cut.pixels());
  }

  @Test
  void sixteenBitGreyIsScaledToEightBits() {
    BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_USHORT_GRAY);
    fill(grey.getRaster(), 0x8080);

    OrientedArgb cut = OrientedArgb.of(grey, ExifOrientation.NORMAL);

    assertArrayEquals(filled(4, 0xFF808080), cut.pixels());
  }

  @Test
  void pixelsAreTurnedToTheirDisplayedPlaces() {
    // given stored 3×2:  a b c / d e f, displayed turned 90° clockwise: d a / e b / f c
    BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
    stored.setRGB(0, 0, 3, 2, new int[] {0xA, 0xB, 0xC, 0xD, 0xE, 0xF}, 0, 3);

    // when
    OrientedArgb cut = OrientedArgb.of(stored, ExifOrientation.ROTATE_90_CW);

    // then
    assertEquals(2, cut.width());
    assertEquals(3, cut.height());
    assertArrayEquals(new int[] {0xD, 0xA, 0xE, 0xB, 0xF, 0xC}, cut.pixels());
  }

  @Test
  void picturesTallerThanOneStripAreCopiedWhole() {
    // given 5×40 distinct pixels (more rows than one strip)
    BufferedImage stored = new BufferedImage(5, 40, BufferedImage.TYPE_INT_ARGB);
    int[] expected = new int[200];
    Arrays.setAll(expected, i -> 0xFF000000 | i * 4099);
    stored.setRGB(0, 0, 5, 40, expected, 0, 5);

    // when
    OrientedArgb cut = OrientedArgb.of(stored, ExifOrientation.NORMAL);

    // then
    assertArrayEquals(expected, cut.pixels());
  }

  static void fill(WritableRaster raster, int sample) {
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        raster.setSample(x, y, 0, sample);
      }
    }
  }

  static int[] filled(int count, int value) {
    int[] values = new int[count];
    Arrays.fill(values, value);
    return values;
  }
}
