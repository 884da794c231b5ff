package loop.media.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Parses tus {@code Upload-Metadata}: comma-separated {@code key base64(value)} pairs. */
final class TusMetadata {

  private TusMetadata() {}

  static Map<String, String> parse(String header) {
    Map<String, String> out = new HashMap<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    for (String pair : header.split(",")) {
      String[] kv = pair.trim().split(" ", 2);
      if (kv[0].isEmpty()) {
        continue;
      }
      try {
        out.put(kv[0], kv.length < 2 ? ""
            : new String(Base64.getDecoder().decode(kv[1].trim()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        out.put(kv[0], "");
      }
    }
    return out;
  }
}
