package loop.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every non-upload request body: a declared length over the limit is refused at once with
 * 413, an undeclared (chunked) one is counted while read and refused when it passes the limit.
 * Uploads (multipart, tus chunks) have their own caps in the media component, and so does
 * {@code POST /api/restore} ({@code loop.backup.max-restore-bytes}) in the system component.
 */
@Provider
public class BodySizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "loop.api.max-body-bytes", defaultValue = "65536")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type != null && ("multipart".equalsIgnoreCase(type.getType())
        || "offset+octet-stream".equalsIgnoreCase(type.getSubtype()))) {
      return; // uploads have their own caps in the media component
    }
    if (restore(request.getUriInfo().getPath())) {
      return; // a backup archive: capped by loop.backup.max-restore-bytes in the system component
    }
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Counting(request.getEntityStream(), maxBytes));
    }
  }

  static boolean restore(String path) {
    String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    return p.equals("restore") || p.equals("restore/");
  }

  ApiException tooLarge() {
    return new ApiException(
        413, "The request body is larger than the " + maxBytes + " bytes this route accepts.",
        null, null);
  }

  /** Fails the read once more than {@code max} bytes have passed. */
  final class Counting extends FilterInputStream {
    private final long max;
    private long seen;

    Counting(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      seen += n;
      if (seen > max) {
        throw tooLarge();
      }
    }
  }
}
