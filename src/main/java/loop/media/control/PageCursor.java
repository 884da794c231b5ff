package loop.media.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque paging cursor of {@code GET /api/media}: the upload time and id of the last item of
 * a page, as base64url text. Clients pass it back unchanged; anything else is refused.
 */
public record PageCursor(long uploadedAt, long id) {

  public String encode() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((uploadedAt + "." + id).getBytes(StandardCharsets.US_ASCII));
  }

  /** The cursor in {@code text}, or empty when it is not one this server gave out. */
  public static Optional<PageCursor> decode(String text) {
    if (text == null || text.length() > 64) {
      return Optional.empty();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
      int dot = plain.indexOf('.');
      if (dot < 1) {
        return Optional.empty();
      }
      long at = Long.parseLong(plain.substring(0, dot));
      long id = Long.parseLong(plain.substring(dot + 1));
      return at < 0 || id < 0 ? Optional.empty() : Optional.of(new PageCursor(at, id));
    } catch (IllegalArgumentException e) { // bad base64 or bad number
      return Optional.empty();
    }
  }
}
