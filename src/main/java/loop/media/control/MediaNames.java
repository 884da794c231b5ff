package loop.media.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names for uploads. The display name keeps the user's Unicode but loses path parts and control
 * characters and fits in 255 UTF-8 bytes; the slug is ASCII, URL- and file-safe, and stable for
 * the same bytes under the same name.
 */
public final class MediaNames {

  /** What every slug matches; anything else is refused before it reaches a query or a path. */
  public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{0,63}_[0-9a-f]{12}";

  private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
  private static final String INVISIBLE =
      "[\\p{Cc}\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]";
  private static final int MAX_NAME_BYTES = 255;
  private static final int MAX_STEM = 48;

  private MediaNames() {}

  /** True for a well-formed slug. */
  public static boolean isSlug(String value) {
    return value != null && SLUG.matcher(value).matches();
  }

  /** The user's file name without directories, controls or surrounding blanks; never empty. */
  public static String displayName(String clientName) {
    String name = clientName == null ? "" : clientName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // controls, zero-width spaces, bidi overrides and BOMs go (they spoof or break names);
    // the zero-width joiners stay, or emoji sequences would fall apart
    name = name.replaceAll(INVISIBLE, "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "upload";
    }
    return truncateUtf8(name, MAX_NAME_BYTES);
  }

  /** {@code <ascii stem>_<12 hex>}: hex of SHA-256 over the content hash and the display name. */
  public static String slug(String displayName, String contentHashHex) {
    String stem = stem(displayName);
    String key = contentHashHex + "\u0000" + displayName;
    return stem + "_" + Hashing.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
  }

  static String stem(String displayName) {
    int dot = displayName.lastIndexOf('.');
    String base = dot > 0 ? displayName.substring(0, dot) : displayName;
    String ascii =
        Normalizer.normalize(base, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_STEM) {
      ascii = ascii.substring(0, MAX_STEM).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "media" : ascii;
  }

  static String truncateUtf8(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + len > maxBytes) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += len;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
