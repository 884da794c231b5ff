package loop.media.control.decode;

/**
 * An {@code ALPH} chunk stored without compression (WebP container spec, "Alpha": compression
 * method 0), which TwelveMonkeys 3.14 reads as opaque: one byte per pixel after the header byte,
 * optionally filtered. Filtering predicts each value from its neighbours (1 horizontal: the left
 * one, 2 vertical: the one above, 3 gradient: clip(left + above − above-left)); the first
 * column predicts from above and the first row from the left, (0, 0) from 0; a value is the
 * stored byte plus its prediction, modulo 256.
 */
final class UncompressedAlpha {

  private final int width;
  private final int[] argb;

  private UncompressedAlpha(int width, int[] argb) {
    this.width = width;
    this.argb = argb;
  }

  /** Whether an {@code ALPH} payload starting with {@code header} is uncompressed. */
  static boolean isUncompressed(int header) {
    return (header & 0x03) == 0;
  }

  /**
   * Replaces the alpha of {@code argb} ({@code width × height}, row-major) with the chunk's.
   *
   * @param alph the whole {@code ALPH} payload: header byte, then at least width × height bytes
   */
  static void apply(byte[] alph, int[] argb, int width, int height) {
    int filtering = alph[0] >> 2 & 0x03;
    UncompressedAlpha cut = new UncompressedAlpha(width, argb);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        cut.set(y * width + x, alph[1 + y * width + x] + cut.predict(filtering, x, y));
      }
    }
  }

  private int predict(int filtering, int x, int y) {
    if (filtering == 0 || x == 0 && y == 0) {
      return 0;
    }
    if (y == 0 || x > 0 && filtering == 1) {
      return alpha(y * width + x - 1);
    }
    if (x == 0 || filtering == 2) {
      return alpha((y - 1) * width + x);
    }
    int gradient = alpha(y * width + x - 1) + alpha((y - 1) * width + x)
        - alpha((y - 1) * width + x - 1);
    return Math.max(0, Math.min(255, gradient));
  }

  private int alpha(int i) {
    return argb[i] >>> 24;
  }

  private void set(int i, int value) {
    argb[i] = (value & 0xFF) << 24 | argb[i] & 0xFFFFFF;
  }
}
