package loop.media.control.decode;

/**
 * What ffprobe says about a video's first picture stream (cover art excluded).
 *
 * @param codec the codec name ({@code h264}, {@code vp9}, ...)
 * @param width coded width in pixels
 * @param height coded height in pixels
 * @param rotation the display rotation in degrees, normalised to 0..359
 * @param sampleAspect the pixel aspect ratio (width / height of one pixel), 1 when unknown
 * @param frameRate the average frame rate in frames per second, NaN when unknown
 * @param streamSeconds the picture stream's own duration, NaN when unknown
 * @param containerSeconds the whole file's duration (may include longer audio), NaN when unknown
 * @param frames the frame count the header declares, -1 when it does not
 */
record VideoFacts(
    String codec,
    int width,
    int height,
    int rotation,
    double sampleAspect,
    double frameRate,
    double streamSeconds,
    double containerSeconds,
    long frames) {

  /** True when the picture is turned by a quarter (90° or 270°) for display. */
  boolean quarterTurn() {
    return rotation % 180 == 90;
  }

  /** The width as displayed: pixel aspect ratio applied, then rotated. */
  int displayWidth() {
    return quarterTurn() ? height : anamorphicWidth();
  }

  /** The height as displayed: pixel aspect ratio applied, then rotated. */
  int displayHeight() {
    return quarterTurn() ? anamorphicWidth() : height;
  }

  private int anamorphicWidth() {
    return (int) Math.max(1, Math.round(width * sampleAspect));
  }

  /** The length to check against the cap: the stream's own, else the file's; NaN if neither. */
  double seconds() {
    return Double.isNaN(streamSeconds) ? containerSeconds : streamSeconds;
  }

  /** The declared frame count, else length × rate rounded; -1 when neither is known. */
  long estimatedFrames() {
    if (frames > 0) {
      return frames;
    }
    double seconds = seconds();
    return Double.isNaN(seconds) || !(frameRate > 0) ? -1 : Math.round(seconds * frameRate);
  }
}
