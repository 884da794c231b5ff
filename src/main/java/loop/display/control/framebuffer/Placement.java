package loop.display.control.framebuffer;

import loop.media.entity.Geometry;

/**
 * Where a frame lands on a framebuffer: centred, and turned a quarter turn only when it does not
 * fit as it is but does fit turned (a portrait frame on a small landscape panel). A frame larger
 * than the framebuffer either way is centred and cropped.
 *
 * <p>Turned means drawn for the device turned a quarter turn clockwise, as the ILI9341 sink shows
 * the other shape: the frame's top row runs up the framebuffer's left edge, its top-left pixel at
 * the framebuffer's bottom-left.
 *
 * @param frame the frame's size
 * @param turned whether it is drawn turned
 * @param left framebuffer column of the drawn picture's left edge (negative when cropped)
 * @param top framebuffer row of the drawn picture's top edge (negative when cropped)
 */
record Placement(Geometry frame, boolean turned, int left, int top) {

  /** The placement of {@code frame} on a framebuffer of {@code width} × {@code height}. */
  static Placement of(Geometry frame, int width, int height) {
    boolean fits = frame.width() <= width && frame.height() <= height;
    boolean fitsTurned = frame.height() <= width && frame.width() <= height;
    boolean turned = !fits && fitsTurned;
    int drawnWidth = turned ? frame.height() : frame.width();
    int drawnHeight = turned ? frame.width() : frame.height();
    return new Placement(frame, turned, (width - drawnWidth) / 2, (height - drawnHeight) / 2);
  }

  /** Width of the picture as drawn. */
  int drawnWidth() {
    return turned ? frame.height() : frame.width();
  }

  /** Height of the picture as drawn. */
  int drawnHeight() {
    return turned ? frame.width() : frame.height();
  }

  /** Byte offset, from the frame's start, of the pixel drawn at framebuffer column x, row y. */
  int source(int x, int y) {
    int dx = x - left;
    int dy = y - top;
    int column = turned ? frame.width() - 1 - dy : dx;
    int row = turned ? dx : dy;
    return (row * frame.width() + column) * 2;
  }
}
