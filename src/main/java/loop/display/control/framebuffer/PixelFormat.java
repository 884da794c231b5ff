package loop.display.control.framebuffer;

import java.util.Optional;

/**
 * How a Linux framebuffer stores one pixel, by its {@code bits_per_pixel}. sysfs does not expose
 * the channel offsets (only the {@code FBIOGET_VSCREENINFO} ioctl does), so these are the layouts
 * fbtft and the vc4/simple-framebuffer drivers use on the Pi, in memory (little-endian) order.
 */
enum PixelFormat {

  /** 16 bpp RGB565, little-endian: G[2:0]B[4:0], then R[4:0]G[5:3] (our frames' bytes swapped). */
  RGB565_LE(2) {
    @Override
    void put(int rgb565, byte[] into, int at) {
      into[at] = (byte) rgb565;
      into[at + 1] = (byte) (rgb565 >>> 8);
    }
  },

  /** 24 bpp RGB888 with red in bits 23..16: bytes B, G, R. */
  BGR888(3) {
    @Override
    void put(int rgb565, byte[] into, int at) {
      into[at] = (byte) blue(rgb565);
      into[at + 1] = (byte) green(rgb565);
      into[at + 2] = (byte) red(rgb565);
    }
  },

  /**
   * 32 bpp XRGB8888: bytes B, G, R, X. X is written FFh, so a driver that reads it as alpha
   * (ARGB8888) still shows the pixel opaque.
   */
  XRGB8888(4) {
    @Override
    void put(int rgb565, byte[] into, int at) {
      BGR888.put(rgb565, into, at);
      into[at + 3] = (byte) 0xFF;
    }
  };

  private final int bytes;

  PixelFormat(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per pixel: 2, 3 or 4. */
  int bytes() {
    return bytes;
  }

  /**
   * Stores one pixel.
   *
   * @param rgb565 the colour, 0x0000..0xFFFF
   * @param into the row being built
   * @param at the pixel's first byte in {@code into}
   */
  abstract void put(int rgb565, byte[] into, int at);

  /** The format for a {@code bits_per_pixel} value, if supported (16, 24 or 32). */
  static Optional<PixelFormat> of(int bitsPerPixel) {
    return switch (bitsPerPixel) {
      case 16 -> Optional.of(RGB565_LE);
      case 24 -> Optional.of(BGR888);
      case 32 -> Optional.of(XRGB8888);
      default -> Optional.empty();
    };
  }

  // 5 and 6 bit channels widened to 8 by repeating their top bits, so 1Fh → FFh and 0 → 0

  static int red(int rgb565) {
    int r = rgb565 >>> 11 & 0x1F;
    return r << 3 | r >>> 2;
  }

  static int green(int rgb565) {
    int g = rgb565 >>> 5 & 0x3F;
    return g << 2 | g >>> 4;
  }

  static int blue(int rgb565) {
    int b = rgb565 & 0x1F;
    return b << 3 | b >>> 2;
  }
}
