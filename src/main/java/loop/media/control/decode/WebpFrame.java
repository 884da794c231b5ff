package loop.media.control.decode;

/**
 * One picture of a WebP and how it goes on the canvas: an {@code ANMF} chunk (WebP container
 * spec, "ANMF Chunk") or, for a still, the whole canvas without blending.
 *
 * @param x left edge on the canvas in pixels (the file stores x / 2)
 * @param y top edge on the canvas in pixels (the file stores y / 2)
 * @param width width in pixels, 1–16777216, within the canvas
 * @param height height in pixels, 1–16777216, within the canvas
 * @param durationMs how long the frame shows, in ms (see {@link #durationMs(int)})
 * @param blend alpha-blend over the canvas (blending method bit 0) rather than replace
 * @param dispose clear the rectangle to transparent after the frame shows (disposal bit 1)
 * @param alpha the {@code ALPH} chunk of a lossy picture, or null
 * @param image the {@code VP8 } or {@code VP8L} chunk
 */
record WebpFrame(
    int x,
    int y,
    int width,
    int height,
    int durationMs,
    boolean blend,
    boolean dispose,
    RiffChunk alpha,
    RiffChunk image) {

  /**
   * A frame duration from the file's milliseconds: 10 ms or less plays as 100 ms, the rule
   * Firefox applies to every animated format and Chromium to GIF (the file's 0 means "as fast as
   * possible", which no panel can do).
   */
  static int durationMs(int fileMs) {
    return fileMs <= 10 ? 100 : fileMs;
  }
}
