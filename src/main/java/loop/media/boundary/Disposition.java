package loop.media.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** RFC 6266 {@code Content-Disposition: attachment} with an ASCII fallback and a UTF-8 name. */
final class Disposition {

  private Disposition() {}

  static String attachment(String filename) {
    String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
    String utf8 = URLEncoder.encode(filename, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
