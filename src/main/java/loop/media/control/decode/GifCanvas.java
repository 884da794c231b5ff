package loop.media.control.decode;

import java.util.Arrays;

/**
 * The GIF logical screen as ARGB, composited the way browsers do: it starts transparent, each
 * image draws its non-transparent pixels into its rectangle (clipped to the screen), and before
 * the next image the previous one's disposal (GIF89a §23 c) is applied: 0/1 leave it, 2 clears
 * its rectangle to transparent (browsers ignore the background colour index), 3 restores the
 * rectangle as it was before the image. Transparent shows as black once scaled.
 */
final class GifCanvas implements LzwDecoder.Rows {

  // GIF89a Appendix E: the four interlace passes, as first row and row step
  private static final int[] PASS_START = {0, 4, 2, 1};
  private static final int[] PASS_STEP = {8, 8, 4, 2};

  private final int width;
  private final int height;
  private final int[] pixels;
  private int[] saved;
  private int[] palette;
  private int transparent;
  private int disposal;
  private int left;
  private int top;
  private int right;
  private int bottom;
  private int imageHeight;
  private boolean interlaced;
  private int pass;
  private int nextRow;

  GifCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    this.pixels = new int[width * height];
  }

  /** The screen, row-major ARGB, {@code width} per row. */
  int[] pixels() {
    return pixels;
  }

  /** Disposes of the previous image, then prepares to draw {@code image}'s rows. */
  void begin(ImageDescriptor image, int[] palette, GraphicControl control) {
    dispose();
    this.palette = palette;
    this.transparent = control.transparentIndex();
    this.disposal = control.disposal();
    this.left = Math.min(image.left(), width);
    this.top = Math.min(image.top(), height);
    this.right = Math.min(image.left() + image.width(), width);
    this.bottom = Math.min(image.top() + image.height(), height);
    this.imageHeight = image.height();
    this.interlaced = image.interlaced();
    this.pass = 0;
    this.nextRow = 0;
    if (disposal == GraphicControl.RESTORE_PREVIOUS) {
      save();
    }
  }

  @Override
  public void row(byte[] indices, int count) {
    int y = top + rowNumber();
    if (y >= bottom) {
      return;
    }
    int[] colours = palette;
    int skip = transparent;
    for (int x = left, i = 0, o = y * width + left; x < right; x++, i++, o++) {
      int index = indices[i] & 0xFF;
      if (index != skip) {
        pixels[o] = colours[index];
      }
    }
  }

  /** The image row the next decoded row belongs to. */
  private int rowNumber() {
    int y = nextRow;
    if (!interlaced) {
      nextRow++;
      return y;
    }
    nextRow += PASS_STEP[pass];
    while (nextRow >= imageHeight && pass < 3) {
      pass++;
      nextRow = PASS_START[pass];
    }
    return y;
  }

  private void dispose() {
    if (disposal == GraphicControl.RESTORE_BACKGROUND) {
      for (int y = top; y < bottom; y++) {
        Arrays.fill(pixels, y * width + left, y * width + right, 0);
      }
    } else if (disposal == GraphicControl.RESTORE_PREVIOUS) {
      copyRectangle(saved, pixels);
    }
    disposal = 0;
  }

  private void save() {
    if (saved == null) {
      saved = new int[pixels.length];
    }
    copyRectangle(pixels, saved);
  }

  private void copyRectangle(int[] from, int[] to) {
    for (int y = top; y < bottom; y++) {
      System.arraycopy(from, y * width + left, to, y * width + left, right - left);
    }
  }
}
