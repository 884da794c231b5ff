package loop.media.control.decode;

import java.util.Locale;
import loop.media.entity.ConversionSpec;
import loop.media.entity.MediaRefused;

/**
 * The caps of a {@link ConversionSpec} as checks that refuse with a sentence naming the cap.
 * Decoders call them with what a file declares, before allocating anything sized by it, and
 * while counting frames and play time, so a lying or endless file stops at the first frame past
 * a cap.
 */
final class DecodeLimits {

  private final ConversionSpec spec;
  private final String subject;

  /**
   * @param subject how sentences name the file, e.g. "The GIF"
   */
  DecodeLimits(ConversionSpec spec, String subject) {
    this.spec = spec;
    this.subject = subject;
  }

  /**
   * Refuses a picture of more than {@code maxPixels} pixels.
   *
   * @param what the sentence's subject, e.g. "The GIF" or "Frame 3 of the GIF"
   */
  void checkPixels(String what, long width, long height) {
    if (width * height > spec.maxPixels()) {
      throw new MediaRefused(String.format(Locale.ROOT,
          "%s is %d×%d pixels; the limit is %,d pixels.", what, width, height,
          spec.maxPixels()));
    }
  }

  /** Refuses once {@code frames} (counted so far) passes {@code maxFrames}. */
  void checkFrames(long frames) {
    if (frames > spec.maxFrames()) {
      throw new MediaRefused(String.format("%s has more than %s; the limit is %s.", subject,
          count(spec.maxFrames(), "frame"), count(spec.maxFrames(), "frame")));
    }
  }

  /** Refuses once {@code totalMs} (one pass so far, in ms) passes {@code maxSeconds}. */
  void checkDuration(long totalMs) {
    if (totalMs > spec.maxSeconds() * 1000L) {
      throw new MediaRefused(String.format("%s plays for more than %s; the limit is %s.",
          subject, count(spec.maxSeconds(), "second"), count(spec.maxSeconds(), "second")));
    }
  }

  private static String count(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /** A refusal for a damaged file: "{subject} is truncated or corrupt: {detail}". */
  MediaRefused corrupt(String detail) {
    return new MediaRefused(subject + " is truncated or corrupt: " + detail);
  }

  /** {@link #corrupt(String)} keeping what a library threw as the cause (for the log). */
  MediaRefused corrupt(String detail, Throwable cause) {
    return new MediaRefused(subject + " is truncated or corrupt: " + detail, cause);
  }
}
