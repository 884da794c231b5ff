package loop.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Streams {@code multipart/form-data} part by part without buffering a part in memory: each
 * part's body is an {@link InputStream} that ends at the next boundary. Header values are read
 * as UTF-8, which is what browsers send for non-ASCII file names (RFC 7578 §4.2).
 */
public class MultipartReader {

  /** One part: its form field name, its file name (null for plain fields) and its body. */
  public record Part(String name, String filename, InputStream body) {}

  /** A malformed body: missing boundary, oversized headers, truncated stream. */
  public static class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    public Malformed(String message) {
      super(message);
    }
  }

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private boolean started;
  private boolean finished;
  private PartBody current;

  /**
   * @param in the request body
   * @param boundary the {@code boundary} parameter of the request's content type
   */
  public MultipartReader(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // the first delimiter has no CRLF before it: pretend it had one
    buf[0] = '\r';
    buf[1] = '\n';
    lim = 2;
  }

  /** The boundary parameter of a multipart content type, or null. */
  public static String boundary(String contentType) {
    if (contentType == null) {
      return null;
    }
    String b = params(contentType).get("boundary");
    return b == null || b.isEmpty() || b.length() > 70 ? null : b;
  }

  /** The next part, or null after the closing boundary. Skips what is left of the last part. */
  public Part next() throws IOException {
    if (!started) {
      started = true;
      new PartBody().transferTo(OutputStreamSink.INSTANCE);
    } else if (current != null) {
      current.transferTo(OutputStreamSink.INSTANCE);
    }
    if (finished) {
      return null;
    }
    if (!afterDelimiter()) {
      finished = true;
      return null;
    }
    Map<String, String> headers = readHeaders();
    Map<String, String> disposition = params(headers.getOrDefault("content-disposition", ""));
    current = new PartBody();
    return new Part(disposition.get("name"), disposition.get("filename"), current);
  }

  /** After a delimiter: "--" closes the body, CRLF (after optional padding) opens a part. */
  private boolean afterDelimiter() throws IOException {
    if (!fill(2)) {
      throw new Malformed("the upload ended before its closing boundary");
    }
    if (buf[pos] == '-' && buf[pos + 1] == '-') {
      pos += 2;
      return false;
    }
    while (fill(1) && (buf[pos] == ' ' || buf[pos] == '\t')) {
      pos++;
    }
    if (!fill(2) || buf[pos] != '\r' || buf[pos + 1] != '\n') {
      throw new Malformed("a part boundary is not followed by a line break");
    }
    pos += 2;
    return true;
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new HashMap<>();
    int total = 0;
    while (true) {
      String line = readLine();
      total += line.length() + 2;
      if (total > MAX_HEADER_BYTES) {
        throw new Malformed("a part's headers are larger than " + MAX_HEADER_BYTES + " bytes");
      }
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
  }

  private String readLine() throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    while (true) {
      if (!fill(2)) {
        throw new Malformed("the upload ended inside a part's headers");
      }
      if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
        pos += 2;
        return line.toString(StandardCharsets.UTF_8);
      }
      line.write(buf[pos++]);
      if (line.size() > MAX_HEADER_BYTES) {
        throw new Malformed("a part's header line is too long");
      }
    }
  }

  /** Ensures at least {@code n} unread bytes in the buffer; false at end of stream. */
  private boolean fill(int n) throws IOException {
    if (lim - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (lim - pos < n && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim - pos >= n;
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= lim - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Parses {@code value; key=val; key="quoted"} parameters (keys lower-cased). */
  static Map<String, String> params(String header) {
    Map<String, String> out = new HashMap<>();
    int i = header.indexOf(';');
    while (i >= 0 && i < header.length()) {
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = header.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      int k = eq + 1;
      while (k < header.length() && header.charAt(k) == ' ') {
        k++;
      }
      if (k < header.length() && header.charAt(k) == '"') {
        for (k++; k < header.length() && header.charAt(k) != '"'; k++) {
          char c = header.charAt(k);
          // a quoted-pair only before '"' or '\\' (curl); browsers send other backslashes raw,
          // as in a Windows path, and those must stay for the name to lose its directories
          if (c == '\\' && k + 1 < header.length()
              && (header.charAt(k + 1) == '"' || header.charAt(k + 1) == '\\')) {
            c = header.charAt(++k);
          }
          value.append(c);
        }
        k = header.indexOf(';', k);
      } else {
        int end = header.indexOf(';', k);
        value.append(header, k, end < 0 ? header.length() : end);
        k = end;
      }
      out.putIfAbsent(key, value.toString().trim());
      i = k;
    }
    return out;
  }

  /** A part's body: bytes up to (not including) the next delimiter. */
  private final class PartBody extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      fill(delimiter.length);
      int at = indexOfDelimiter();
      if (at == pos) {
        pos += delimiter.length;
        done = true;
        current = null;
        return -1;
      }
      int available = at >= 0 ? at - pos : lim - pos - (delimiter.length - 1);
      if (available <= 0) {
        if (eof) {
          throw new Malformed("the upload ended before the part was complete");
        }
        fill(lim - pos + 1);
        return read(b, off, len);
      }
      int n = Math.min(len, available);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /** Discards what is written; used to skip the rest of a part. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
