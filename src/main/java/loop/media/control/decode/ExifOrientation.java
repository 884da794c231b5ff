package loop.media.control.decode;

/**
 * The EXIF {@code Orientation} tag (0x0112, values 1–8): how the stored pixels are turned or
 * mirrored to get the picture as displayed. Names follow the transform that displays the stored
 * pixels; 5 and 7 are the two diagonal mirrors.
 */
enum ExifOrientation {
  NORMAL(1),
  MIRROR_HORIZONTAL(2),
  ROTATE_180(3),
  MIRROR_VERTICAL(4),
  TRANSPOSE(5),
  ROTATE_90_CW(6),
  TRANSVERSE(7),
  ROTATE_90_CCW(8);

  private final int tag;

  ExifOrientation(int tag) {
    this.tag = tag;
  }

  /** The orientation for a tag value; anything outside 1–8 is {@link #NORMAL}, as in browsers. */
  static ExifOrientation of(int tag) {
    return tag >= 1 && tag <= 8 ? values()[tag - 1] : NORMAL;
  }

  /** The tag value, 1–8. */
  int tag() {
    return tag;
  }

  /** True when displayed width and height are the stored height and width (tags 5–8). */
  boolean swapsAxes() {
    return tag >= 5;
  }

  /** The displayed width of a stored {@code width × height} picture, in pixels. */
  int displayedWidth(int width, int height) {
    return swapsAxes() ? height : width;
  }

  /** The displayed height of a stored {@code width × height} picture, in pixels. */
  int displayedHeight(int width, int height) {
    return swapsAxes() ? width : height;
  }

  /**
   * Where stored pixel ({@code x}, {@code y}) of a stored {@code width × height} picture lands in
   * the displayed picture, as a row-major index.
   */
  int displayedIndex(int x, int y, int width, int height) {
    int right = width - 1 - x;
    int bottom = height - 1 - y;
    return switch (this) {
      case NORMAL -> y * width + x;
      case MIRROR_HORIZONTAL -> y * width + right;
      case ROTATE_180 -> bottom * width + right;
      case MIRROR_VERTICAL -> bottom * width + x;
      // displayed pictures below are height pixels wide: stored columns become displayed rows
      case TRANSPOSE -> x * height + y;
      case ROTATE_90_CW -> x * height + bottom;
      case TRANSVERSE -> right * height + bottom;
      case ROTATE_90_CCW -> right * height + y;
    };
  }
}
