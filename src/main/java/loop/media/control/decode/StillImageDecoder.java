package loop.media.control.decode;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;

/**
 * Decodes a still picture (PNG, JPEG or still WebP, told apart by content) into one display frame.
 *
 * <p>What it reads: PNG of every colour type and depth (1–16 bits, palette with {@code tRNS},
 * grey, grey/RGB with alpha or a {@code tRNS} colour key, interlaced); for an APNG only the
 * default image, as viewers without APNG support show it. JPEG baseline, extended and
 * progressive, greyscale, YCbCr, and CMYK or YCCK with an Adobe APP14 segment. Still WebP, lossy
 * or lossless, with or without alpha. Transparency is composited over black.
 *
 * <p>Readers: the JDK's PNG reader, TwelveMonkeys' JPEG reader (the JDK's returns wrong colours
 * for CMYK/YCCK) and TwelveMonkeys' WebP reader, each made from its provider class and never
 * through the JVM-wide ImageIO registry; {@link ReaderProviders} explains how.
 *
 * <p>Order of work, so that nothing large is allocated before it is known to be allowed: the
 * header's declared width and height are checked against {@link ConversionSpec#maxPixels()}
 * (and against 0) before any pixel is decoded; {@link DecodeBudget} then refuses the kinds that
 * must be decoded whole and would not fit; the EXIF orientation (JPEG, and PNG {@code eXIf} /
 * WebP {@code EXIF}) decides the displayed size and so portrait or landscape; the reader decodes
 * subsampled to at most about twice the shown size ({@link DecodePlan}); the result is turned
 * upright into ARGB ({@link OrientedArgb}) and fitted or cropped by {@link FrameScaler}.
 *
 * <p>Output: exactly one frame, shown for {@link #STILL_DURATION_MS} unless constructed with
 * another duration; loop count 0. A damaged,
 * truncated or unsupported file is refused with {@link MediaRefused} and a sentence naming the
 * format and the reason; no reader exception reaches the caller.
 */
public final class StillImageDecoder implements Decoder {

  /**
   * How long the single frame of a still is shown, in ms: 10 s. The player applies its own
   * minimum-time policy on top; this is only the frame's nominal duration.
   */
  public static final int STILL_DURATION_MS = 10_000;

  DecodeBudget budget = new DecodeBudget();
  private final int durationMs;

  /** A decoder whose stills show for {@link #STILL_DURATION_MS}. */
  public StillImageDecoder() {
    this(STILL_DURATION_MS);
  }

  /**
   * A decoder whose stills show for {@code durationMs}.
   *
   * @param durationMs the single frame's duration in ms, ≥ 1
   */
  public StillImageDecoder(int durationMs) {
    if (durationMs < 1) {
      throw new IllegalArgumentException("a still must show for at least 1 ms: " + durationMs);
    }
    this.durationMs = durationMs;
  }

  /** A decoded still: its frame and the plan it was decoded with. */
  record Still(Geometry geometry, byte[] frame, DecodePlan plan) {}

  /**
   * Opens {@code file} and converts it at once; the returned source holds only the frame.
   *
   * @throws MediaRefused when the file is not a still PNG, JPEG or WebP, declares more than
   *     {@code spec.maxPixels()} pixels or an impossible size, or is damaged or incomplete
   * @throws IOException when the file cannot be read at all
   */
  @Override
  public FrameSource open(Path file, ConversionSpec spec) throws IOException {
    Still still = decode(file, spec);
    return new StillFrameSource(still.geometry(), still.frame(), durationMs);
  }

  /** Decodes {@code file} into its frame; see {@link #open}. */
  Still decode(Path file, ConversionSpec spec) throws IOException {
    StillFormat format = StillFormat.of(file);
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      ImageReader reader = format.newReader();
      try {
        reader.setInput(in, false, format != StillFormat.WEBP);
        return decode(reader, format, file, spec);
      } catch (IOException | RuntimeException e) {
        throw refusal(format, e);
      } finally {
        reader.dispose();
      }
    }
  }

  private Still decode(ImageReader reader, StillFormat format, Path file, ConversionSpec spec)
      throws IOException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    checkDeclaredSize(format, width, height, spec);
    checkBudget(reader, format, file, width, height);
    ExifOrientation orientation = OrientationReader.read(file, format);
    Geometry target = spec.geometryFor(orientation.displayedWidth(width, height),
        orientation.displayedHeight(width, height));
    DecodePlan plan = DecodePlan.of(width, height, orientation, target, spec.fit());
    OrientedArgb picture = read(reader, format, plan, orientation);
    byte[] frame = new byte[target.frameBytes()];
    new FrameScaler(picture.width(), picture.height(), target, spec.fit())
        .scale(picture.pixels(), frame);
    return new Still(target, frame, plan);
  }

  private static void checkDeclaredSize(StillFormat format, int width, int height,
      ConversionSpec spec) {
    if (width <= 0 || height <= 0) {
      throw new MediaRefused(String.format(Locale.ROOT,
          "The %s declares an impossible size of %d×%d pixels.", format.label(), width, height));
    }
    long pixels = (long) width * height;
    if (pixels > spec.maxPixels()) {
      throw new MediaRefused(String.format(Locale.ROOT,
          "The %s is %d×%d = %,d pixels, more than the %,d pixels Loop decodes; it was refused"
              + " before decoding.",
          format.label(), width, height, pixels, spec.maxPixels()));
    }
  }

  private void checkBudget(ImageReader reader, StillFormat format, Path file, int width,
      int height) throws IOException {
    if (format == StillFormat.JPEG) {
      budget.checkJpeg(file, width, height);
    } else if (format == StillFormat.WEBP) {
      budget.checkWebp(reader, width, height);
    }
  }

  private static OrientedArgb read(ImageReader reader, StillFormat format, DecodePlan plan,
      ExifOrientation orientation) throws IOException {
    DamageWarnings warnings = new DamageWarnings();
    reader.addIIOReadWarningListener(warnings);
    BufferedImage image = reader.read(0, plan.applyTo(reader.getDefaultReadParam()));
    warnings.damage().ifPresent(warning -> {
      throw damaged(format, warning);
    });
    return OrientedArgb.of(image, orientation);
  }

  private static MediaRefused refusal(StillFormat format, Exception e) {
    if (e instanceof MediaRefused refused) {
      return refused;
    }
    String detail = detail(e);
    if (detail.toLowerCase(Locale.ROOT).contains("unsupported")) {
      return new MediaRefused("The " + format.label() + " uses a variant Loop cannot read: "
          + detail + ".", e);
    }
    return new MediaRefused(damaged(format, detail).getMessage(), e);
  }

  private static MediaRefused damaged(StillFormat format, String detail) {
    return new MediaRefused("The " + format.label() + " is damaged or incomplete: " + detail
        + ".");
  }

  /** The reader's own words: its message and, when different, its root cause's. */
  private static String detail(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root instanceof EOFException) {
        return "the file ends too early";
      }
    }
    if (e instanceof EOFException) {
      return "the file ends too early";
    }
    String top = trim(e.getMessage());
    String cause = trim(root.getMessage());
    if (top.isEmpty()) {
      return cause.isEmpty() ? e.getClass().getSimpleName() : cause;
    }
    return cause.isEmpty() || cause.equals(top) ? top : top + " (" + cause + ")";
  }

  private static String trim(String message) {
    return message == null ? "" : message.strip().replaceAll("[.!]+$", "");
  }
}
