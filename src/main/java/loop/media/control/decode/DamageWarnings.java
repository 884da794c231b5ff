package loop.media.control.decode;

import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Listens to a reader's warnings and keeps the first one that means picture data is missing or
 * broken. The JPEG decoder does not fail on a truncated or corrupt file: it warns and fills the
 * rest with grey, which Loop must refuse rather than show. Warnings about metadata (ICC profile,
 * thumbnails) and the stray bytes many cameras leave between segments are harmless and ignored.
 */
final class DamageWarnings implements IIOReadWarningListener {

  private String damage;

  @Override
  public void warningOccurred(ImageReader source, String warning) {
    if (damage == null && isDamage(warning)) {
      damage = warning;
    }
  }

  /** The first warning that means the picture is damaged or incomplete, if any. */
  Optional<String> damage() {
    return Optional.ofNullable(damage);
  }

  /**
   * libjpeg's "Corrupt JPEG data: ..." (except "N extraneous bytes before marker") and "Premature
   * end of JPEG file", and TwelveMonkeys' "Truncated File - Missing EOI marker".
   */
  static boolean isDamage(String warning) {
    return (warning.startsWith("Corrupt JPEG data") && !warning.contains("extraneous bytes"))
        || warning.contains("Premature end")
        || warning.contains("Missing EOI");
  }
}
