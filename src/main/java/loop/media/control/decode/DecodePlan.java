package loop.media.control.decode;

import java.awt.Rectangle;
import javax.imageio.ImageReadParam;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;

/**
 * What part of a stored picture to decode and how coarsely, so the decoded raster is never much
 * larger than what the frame shows. The reader keeps every {@code subsampling}-th pixel in both
 * directions: the smallest step that brings the picture to at most twice its shown size per
 * side, which leaves it above the shown size, so {@link FrameScaler} only ever averages down (a
 * 48-MP photo decodes to about 616×462, never to a 190 MB array). Cropping also limits decoding
 * to the centred window the frame shows.
 *
 * @param subsampling the reader's step in both directions, ≥ 1
 * @param x left edge of the decoded window in stored pixels
 * @param y top edge of the decoded window in stored pixels
 * @param width decoded window width in stored pixels (before subsampling)
 * @param height decoded window height in stored pixels (before subsampling)
 */
record DecodePlan(int subsampling, int x, int y, int width, int height) {

  /**
   * The plan for a stored {@code width × height} picture shown in {@code target}.
   *
   * @param width stored width in pixels, ≥ 1
   * @param height stored height in pixels, ≥ 1
   * @param orientation how the stored pixels are displayed
   */
  static DecodePlan of(int width, int height, ExifOrientation orientation, Geometry target,
      FitMode mode) {
    int shownW = orientation.displayedWidth(width, height);
    int shownH = orientation.displayedHeight(width, height);
    double sx = (double) target.width() / shownW;
    double sy = (double) target.height() / shownH;
    double scale = mode == FitMode.CROP ? Math.max(sx, sy) : Math.min(sx, sy);
    int step = Math.max(1, (int) Math.ceil(1 / (2 * scale) - 1e-9));
    if (mode == FitMode.FIT) {
      return new DecodePlan(step, 0, 0, width, height);
    }
    // the displayed window the frame shows, turned back into stored axes
    int windowW = Math.min(shownW, (int) Math.ceil(target.width() / scale));
    int windowH = Math.min(shownH, (int) Math.ceil(target.height() / scale));
    int w = orientation.swapsAxes() ? windowH : windowW;
    int h = orientation.swapsAxes() ? windowW : windowH;
    return new DecodePlan(step, (width - w) / 2, (height - h) / 2, w, h);
  }

  /** Applies the plan to a reader's default parameters. */
  ImageReadParam applyTo(ImageReadParam param) {
    param.setSourceRegion(new Rectangle(x, y, width, height));
    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
    return param;
  }

  /** Width of the decoded raster in pixels. */
  int decodedWidth() {
    return (width + subsampling - 1) / subsampling;
  }

  /** Height of the decoded raster in pixels. */
  int decodedHeight() {
    return (height + subsampling - 1) / subsampling;
  }
}
