package loop.media.control.decode;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * A decoded picture as displayed: non-premultiplied ARGB, row-major, already turned by its EXIF
 * orientation. Built from a {@link BufferedImage} a strip of rows at a time, each pixel written
 * straight to its displayed position, so no second full-size copy exists besides the result.
 *
 * <p>Grey pictures are read from their samples, not through {@code getRGB}: Java gives PNG and
 * JPEG grey the linear-light {@code CS_GRAY} space, and {@code getRGB} would brighten grey 128 to
 * 188, where browsers (and the file's intent) show 128.
 *
 * @param width displayed width in pixels
 * @param height displayed height in pixels
 * @param pixels {@code width × height} ARGB values, 0xAARRGGBB
 */
record OrientedArgb(int width, int height, int[] pixels) {

  private static final int STRIP_ROWS = 16;

  /** Converts {@code image} (stored orientation) into the displayed picture. */
  static OrientedArgb of(BufferedImage image, ExifOrientation orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] out = new int[w * h];
    int[] strip = new int[w * Math.min(STRIP_ROWS, h)];
    for (int top = 0; top < h; top += STRIP_ROWS) {
      int rows = Math.min(STRIP_ROWS, h - top);
      readRows(image, top, rows, strip);
      for (int r = 0, i = 0; r < rows; r++) {
        for (int x = 0; x < w; x++, i++) {
          out[orientation.displayedIndex(x, top + r, w, h)] = strip[i];
        }
      }
    }
    return new OrientedArgb(orientation.displayedWidth(w, h), orientation.displayedHeight(w, h),
        out);
  }

  private static void readRows(BufferedImage image, int top, int rows, int[] strip) {
    if (isGrey(image.getColorModel())) {
      readGrey(image, top, rows, strip);
    } else {
      image.getRGB(0, top, image.getWidth(), rows, strip, 0, image.getWidth());
    }
  }

  private static boolean isGrey(ColorModel model) {
    return !(model instanceof IndexColorModel)
        && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
  }

  /** Grey (band 0) and optional alpha (band 1) samples of any depth, scaled to 8 bits. */
  private static void readGrey(BufferedImage image, int top, int rows, int[] strip) {
    Raster raster = image.getRaster();
    ColorModel model = image.getColorModel();
    int w = image.getWidth();
    int count = w * rows;
    int greyMax = (1 << model.getComponentSize(0)) - 1;
    raster.getSamples(0, top, w, rows, 0, strip);
    int[] alpha = model.hasAlpha() ? raster.getSamples(0, top, w, rows, 1, (int[]) null) : null;
    int alphaMax = model.hasAlpha() ? (1 << model.getComponentSize(1)) - 1 : 1;
    for (int i = 0; i < count; i++) {
      int v = to8Bits(strip[i], greyMax);
      int a = alpha == null ? 0xFF : to8Bits(alpha[i], alphaMax);
      strip[i] = a << 24 | v << 16 | v << 8 | v;
    }
  }

  private static int to8Bits(int sample, int max) {
    return (int) (((long) sample * 255 + max / 2) / max);
  }
}
