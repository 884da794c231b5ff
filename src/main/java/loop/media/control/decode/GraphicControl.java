package loop.media.control.decode;

import java.io.IOException;

/**
 * A GIF Graphic Control Extension (GIF89a §23): how the next image is drawn and disposed of, and
 * how long it shows.
 *
 * @param disposal 0–3 as in the file (§23 c: 0 none, 1 keep, 2 restore to background, 3 restore
 *     to previous); 4 is read as 3, 5–7 as 0
 * @param transparentIndex the colour index that draws nothing, or -1 for none
 * @param delayCs the delay in centiseconds, 0–65535
 */
record GraphicControl(int disposal, int transparentIndex, int delayCs) {

  static final int RESTORE_BACKGROUND = 2;
  static final int RESTORE_PREVIOUS = 3;

  /** What applies to an image without a Graphic Control Extension. */
  static final GraphicControl NONE = new GraphicControl(0, -1, 0);

  /**
   * The frame's play time in ms: centiseconds × 10, except that 0 or 1 cs (≤ 10 ms) plays as
   * 100 ms, as Chromium and Firefox do (ads used 0 to flash as fast as possible).
   */
  int durationMs() {
    return delayCs <= 1 ? 100 : delayCs * 10;
  }

  /**
   * Reads the extension's sub-blocks after its label; a block shorter than §23's 4 bytes reads as
   * {@link #NONE}.
   */
  static GraphicControl read(GifInput in) throws IOException {
    int size = in.read();
    if (size < 4) {
      in.skip(size);
      if (size != 0) {
        in.skipSubBlocks();
      }
      return NONE;
    }
    int packed = in.read();
    int delay = in.readShort();
    int transparent = in.read();
    in.skip(size - 4);
    in.skipSubBlocks();
    return new GraphicControl(disposal(packed >> 2 & 7), (packed & 1) != 0 ? transparent : -1,
        delay);
  }

  // browsers treat 4 as "restore to previous" (some writers set the third bit for it) and ignore
  // the undefined values 5-7
  private static int disposal(int method) {
    return method == 4 ? RESTORE_PREVIOUS : method > 4 ? 0 : method;
  }
}
