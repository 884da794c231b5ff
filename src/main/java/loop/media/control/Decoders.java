package loop.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import loop.media.control.decode.Decoder;
import loop.media.control.decode.FrameZipDecoder;
import loop.media.control.decode.GifDecoder;
import loop.media.control.decode.WebpDecoder;
import loop.media.control.decode.StillImageDecoder;
import loop.media.control.decode.VideoDecoder;
import loop.media.entity.MediaRefused;
import loop.system.control.CommandRunner;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which decoder converts which content type (decided from the content by ContentSniffer). */
@ApplicationScoped
public class Decoders {

  /** Every video container ffmpeg converts for Loop. */
  static final String[] VIDEO_TYPES = {"video/mp4", "video/quicktime", "video/x-msvideo",
      "video/webm"};

  private final Map<String, Decoder> byType = new HashMap<>();

  @Inject CommandRunner runner;

  @Inject
  @ConfigProperty(name = "loop.media.max-canvas-pixels", defaultValue = "2000000")
  long maxCanvasPixels = 2_000_000;

  /** The decoders Loop ships, one per content type. */
  @PostConstruct
  void register() {
    StillImageDecoder still = new StillImageDecoder();
    with("image/png", still).with("image/jpeg", still);
    with("image/gif", capped(new GifDecoder())).with("image/webp", capped(new WebpDecoder()));
    VideoDecoder video = new VideoDecoder(runner);
    for (String type : VIDEO_TYPES) {
      with(type, video);
    }
    with("application/zip", new FrameZipDecoder());
  }

  /**
   * Animations composite on a full-resolution canvas (4–12 bytes per pixel), unlike stills that
   * decode subsampled, so their pictures get the smaller {@code loop.media.max-canvas-pixels}.
   */
  private Decoder capped(Decoder animated) {
    return (file, spec) -> animated.open(file,
        spec.withMaxPixels(Math.min(spec.maxPixels(), maxCanvasPixels)));
  }

  /** Registers {@code decoder} for a MIME type; later registrations replace earlier ones. */
  public Decoders with(String mimeType, Decoder decoder) {
    byType.put(mimeType, decoder);
    return this;
  }

  /** The decoder for {@code mimeType}; refuses types no decoder handles. */
  public Decoder forType(String mimeType) {
    Decoder d = byType.get(mimeType);
    if (d == null) {
      throw new MediaRefused("Loop cannot convert " + mimeType + " files.");
    }
    return d;
  }
}
