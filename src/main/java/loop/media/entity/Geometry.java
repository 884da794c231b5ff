package loop.media.entity;

/**
 * The size of output frames in pixels. The panel is one size (long × short side, 320×240 for
 * the ILI9341); each item is landscape or portrait by how its picture is displayed.
 */
public record Geometry(int width, int height) {

  /** Bytes of one big-endian RGB565 frame of this size. */
  public int frameBytes() {
    return width * height * 2;
  }

  /**
   * Landscape ({@code longSide × shortSide}) unless the picture, as displayed, is taller than
   * wide: then portrait ({@code shortSide × longSide}). Square pictures are landscape.
   */
  public static Geometry forPicture(int pictureWidth, int pictureHeight, int longSide,
      int shortSide) {
    return pictureHeight > pictureWidth
        ? new Geometry(shortSide, longSide)
        : new Geometry(longSide, shortSide);
  }
}
