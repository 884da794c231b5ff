package loop.media.control.decode;

/**
 * ARGB → big-endian RGB565, compositing over black: a pixel's colour is scaled by its alpha
 * first (transparent becomes black). Pure and allocation-free.
 */
public final class Rgb565 {

  private Rgb565() {}

  /** One ARGB pixel (0xAARRGGBB) as RGB565 over black. */
  public static int of(int argb) {
    int a = argb >>> 24;
    int r = (argb >> 16) & 0xFF;
    int g = (argb >> 8) & 0xFF;
    int b = argb & 0xFF;
    if (a != 0xFF) {
      r = (r * a + 127) / 255;
      g = (g * a + 127) / 255;
      b = (b * a + 127) / 255;
    }
    return ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3);
  }

  /** Encodes {@code count} ARGB pixels into {@code out} as big-endian RGB565 from offset 0. */
  public static void encode(int[] argb, int count, byte[] out) {
    for (int i = 0, o = 0; i < count; i++, o += 2) {
      int v = of(argb[i]);
      out[o] = (byte) (v >> 8);
      out[o + 1] = (byte) v;
    }
  }
}
