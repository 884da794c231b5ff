package loop.media.entity;

/**
 * What a conversion must produce and the limits it must respect, from configuration.
 *
 * @param longSide the panel's long side in pixels (320)
 * @param shortSide the panel's short side in pixels (240)
 * @param fit fit with bars or crop to fill
 * @param maxPixels the largest picture (width × height as declared in the file) decoded at all;
 *     larger is refused before decoding as a decompression bomb
 * @param maxFrames the most frames one item may have
 * @param maxSeconds the longest one pass of an item may play (videos, long animations)
 */
public record ConversionSpec(
    int longSide, int shortSide, FitMode fit, long maxPixels, int maxFrames, int maxSeconds) {

  /** The same spec with another picture-size cap. */
  public ConversionSpec withMaxPixels(long pixels) {
    return new ConversionSpec(longSide, shortSide, fit, pixels, maxFrames, maxSeconds);
  }

  /** The output geometry for a picture of this displayed size. */
  public Geometry geometryFor(int width, int height) {
    return Geometry.forPicture(width, height, longSide, shortSide);
  }

  /** Defaults for tests and tools: 320×240, fit, 50 MP, 3000 frames, 120 s. */
  public static ConversionSpec defaults() {
    return new ConversionSpec(320, 240, FitMode.FIT, 50_000_000L, 3000, 120);
  }
}
