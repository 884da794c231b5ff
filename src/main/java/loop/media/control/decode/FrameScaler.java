package loop.media.control.decode;

import java.util.Arrays;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;

/**
 * Fits (or crops) ARGB pictures of one source size into RGB565 frames of the target size,
 * centred, with black bars; transparency is composited over black. Upscaling samples the
 * nearest pixel (a 160×120 GIF doubles exactly); downscaling averages the source pixels each
 * output pixel covers. The mapping is computed once per source size; {@link #scale} allocates
 * nothing.
 */
public final class FrameScaler {

  private final int srcWidth;
  private final Geometry target;
  private final int left;
  private final int top;
  private final int width;
  private final int height;
  private final int[] x0;
  private final int[] x1;
  private final int[] y0;
  private final int[] y1;

  public FrameScaler(int srcWidth, int srcHeight, Geometry target, FitMode mode) {
    if (srcWidth <= 0 || srcHeight <= 0) {
      throw new IllegalArgumentException("empty picture " + srcWidth + "x" + srcHeight);
    }
    this.srcWidth = srcWidth;
    this.target = target;
    double sx = (double) target.width() / srcWidth;
    double sy = (double) target.height() / srcHeight;
    double scale = mode == FitMode.CROP ? Math.max(sx, sy) : Math.min(sx, sy);
    // the picture's size on screen, clipped to the frame when cropping
    int shownW = (int) Math.max(1, Math.round(srcWidth * scale));
    int shownH = (int) Math.max(1, Math.round(srcHeight * scale));
    this.width = Math.min(shownW, target.width());
    this.height = Math.min(shownH, target.height());
    this.left = (target.width() - width) / 2;
    this.top = (target.height() - height) / 2;
    // source window that maps onto the visible area (the centre when cropping)
    double srcX = (shownW - width) / 2.0 / scale;
    double srcY = (shownH - height) / 2.0 / scale;
    this.x0 = new int[width];
    this.x1 = new int[width];
    this.y0 = new int[height];
    this.y1 = new int[height];
    spans(x0, x1, srcX, scale, srcWidth);
    spans(y0, y1, srcY, scale, srcHeight);
  }

  /** For each output pixel, the source range [from, to) it covers (at least one pixel). */
  private static void spans(int[] from, int[] to, double origin, double scale, int srcSize) {
    for (int i = 0; i < from.length; i++) {
      double a = origin + i / scale;
      double b = origin + (i + 1) / scale;
      int lo;
      int hi;
      if (scale >= 1) { // upscale: the nearest source pixel to this pixel's centre
        lo = (int) Math.floor((a + b) / 2);
        hi = lo + 1;
      } else {
        lo = (int) Math.floor(a + 1e-9);
        hi = (int) Math.ceil(b - 1e-9);
      }
      lo = Math.max(0, Math.min(srcSize - 1, lo));
      from[i] = lo;
      to[i] = Math.max(lo + 1, Math.min(srcSize, hi));
    }
  }

  public Geometry target() {
    return target;
  }

  /**
   * Writes the fitted frame into {@code out} (big-endian RGB565, {@code target} size).
   *
   * @param argb source pixels, row-major, {@code srcWidth} per row
   */
  public void scale(int[] argb, byte[] out) {
    Arrays.fill(out, 0, target.frameBytes(), (byte) 0);
    for (int y = 0; y < height; y++) {
      int o = ((top + y) * target.width() + left) * 2;
      for (int x = 0; x < width; x++, o += 2) {
        int v = Rgb565.of(average(argb, x0[x], x1[x], y0[y], y1[y]));
        out[o] = (byte) (v >> 8);
        out[o + 1] = (byte) v;
      }
    }
  }

  /** The mean of the source block, each pixel composited over black first; opaque result. */
  private int average(int[] argb, int xa, int xb, int ya, int yb) {
    if (xb - xa == 1 && yb - ya == 1) {
      return argb[ya * srcWidth + xa];
    }
    long r = 0;
    long g = 0;
    long b = 0;
    for (int y = ya; y < yb; y++) {
      int row = y * srcWidth;
      for (int x = xa; x < xb; x++) {
        int p = argb[row + x];
        int a = p >>> 24;
        r += ((p >> 16) & 0xFF) * a;
        g += ((p >> 8) & 0xFF) * a;
        b += (p & 0xFF) * a;
      }
    }
    long n = (long) (xb - xa) * (yb - ya) * 255;
    return 0xFF000000 | (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8
        | (int) ((b + n / 2) / n);
  }
}
