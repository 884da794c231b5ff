package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import loop.media.control.decode.Decoder;
import loop.media.entity.MediaRefused;

/** Which decoder converts which content type (decided from the content by ContentSniffer). */
@ApplicationScoped
public class Decoders {

  private final Map<String, Decoder> byType = new HashMap<>();

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
