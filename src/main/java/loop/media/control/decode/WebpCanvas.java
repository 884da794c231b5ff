package loop.media.control.decode;

import java.util.Arrays;

/**
 * The canvas of an animated WebP as ARGB (not premultiplied), assembled as the WebP container
 * spec's "Assembling the Canvas from Frames" says, with browsers' choices where it leaves room:
 * the canvas starts transparent and disposal clears to transparent (the ANIM background colour
 * is only a hint, and Chromium and libwebp's demuxer ignore it); transparent shows as black once
 * scaled. A blending frame is alpha-blended over the canvas, a non-blending one replaces its
 * rectangle.
 */
final class WebpCanvas {

  private final int width;
  private final int[] pixels;

  WebpCanvas(int width, int height) {
    this.width = width;
    this.pixels = new int[width * height];
  }

  /** The canvas, row-major ARGB, {@code width} per row. */
  int[] pixels() {
    return pixels;
  }

  /** Puts {@code argb} ({@code frame.width()} per row) into the frame's rectangle. */
  void draw(WebpFrame frame, int[] argb) {
    for (int row = 0; row < frame.height(); row++) {
      int from = row * frame.width();
      int to = (frame.y() + row) * width + frame.x();
      if (!frame.blend()) {
        System.arraycopy(argb, from, pixels, to, frame.width());
        continue;
      }
      for (int i = 0; i < frame.width(); i++) {
        pixels[to + i] = over(argb[from + i], pixels[to + i]);
      }
    }
  }

  /** Clears the frame's rectangle to transparent if its disposal bit says so. */
  void dispose(WebpFrame frame) {
    if (!frame.dispose()) {
      return;
    }
    for (int row = 0; row < frame.height(); row++) {
      int to = (frame.y() + row) * width + frame.x();
      Arrays.fill(pixels, to, to + frame.width(), 0);
    }
  }

  /**
   * {@code src} over {@code dst}, the container spec's formula: A = sA + dA·(1 − sA/255);
   * RGB = (sRGB·sA + dRGB·dA·(1 − sA/255)) / A, and 0 where A is 0.
   */
  static int over(int src, int dst) {
    int sa = src >>> 24;
    int da = dst >>> 24;
    if (sa == 0xFF || da == 0) {
      return src;
    }
    if (sa == 0) {
      return dst;
    }
    int dw = (da * (255 - sa) + 127) / 255;
    int a = sa + dw;
    return a << 24 | mix(src >> 16, dst >> 16, sa, dw, a) << 16
        | mix(src >> 8, dst >> 8, sa, dw, a) << 8 | mix(src, dst, sa, dw, a);
  }

  private static int mix(int s, int d, int sa, int dw, int a) {
    return ((s & 0xFF) * sa + (d & 0xFF) * dw + a / 2) / a;
  }
}
