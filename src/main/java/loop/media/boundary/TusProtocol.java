package loop.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import loop.media.control.MediaNames;
import loop.media.control.MediaStorage;
import loop.media.control.ResumableUploads;
import loop.media.control.ResumableUploads.Upload;
import loop.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The tus 1.0.0 rules behind {@link UploadsResource}: version precondition, header parsing and
 * the answers the protocol prescribes (status codes and {@code Upload-*} headers).
 */
@ApplicationScoped
public class TusProtocol {

  static final String VERSION = "1.0.0";

  @Inject ResumableUploads uploads;
  @Inject MediaLibrary library;
  @Inject MediaStorage storage;

  @Inject
  @ConfigProperty(name = "loop.media.max-upload-bytes", defaultValue = "209715200")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "loop.uploads.expire-hours", defaultValue = "24")
  long expireHours;

  Response capabilities() {
    return Response.noContent().header("Tus-Resumable", VERSION).header("Tus-Version", VERSION)
        .header("Tus-Extension", "creation,termination,expiration,checksum")
        .header("Tus-Max-Size", maxUploadBytes).header("Tus-Checksum-Algorithm", "sha1")
        .build();
  }

  Response create(String version, String lengthHeader, String metadata) {
    requireVersion(version);
    long length = number(lengthHeader, "Upload-Length");
    if (length > maxUploadBytes) {
      throw new ApiException(413, new MediaStorage.TooLarge(maxUploadBytes).getMessage(), null,
          null);
    }
    space(length);
    // the name is only ever data (the stored file is named by its slug), but it is made safe
    // before it is kept at all: no path parts, controls or bidi overrides, at most 255 bytes
    Upload u = uploads.create(length,
        MediaNames.displayName(TusMetadata.parse(metadata).get("filename")));
    return tus(Response.created(URI.create("uploads/" + u.id())))
        .header("Upload-Expires", expires(u)).build();
  }

  Response offset(String version, String id) {
    requireVersion(version);
    Upload u = find(id);
    return tus(Response.ok()).header("Upload-Offset", u.offset())
        .header("Upload-Length", u.length()).header("Upload-Expires", expires(u))
        .header("Cache-Control", "no-store").build();
  }

  Response append(String version, String id, String offsetHeader, String checksum,
      InputStream chunk) {
    requireVersion(version);
    Upload u = find(id);
    long offset = number(offsetHeader, "Upload-Offset");
    MessageDigest digest = checksum == null ? null : sha1(checksum);
    byte[] expected = checksum == null ? null : expectedDigest(checksum);
    long now;
    try {
      now = uploads.append(u, offset, chunk, digest, expected);
    } catch (ResumableUploads.OffsetMismatch | ResumableUploads.Busy e) {
      throw new ApiException(409, e.getMessage(), Map.of("offset", u.offset()), null);
    } catch (ResumableUploads.ChecksumMismatch e) {
      throw new ApiException(460, e.getMessage(), null, null);
    } catch (MediaStorage.StorageFull e) {
      uploads.remove(u.id()); // what is on disk of it is the space the device needs back
      throw new ApiException(507, e.getMessage() + " The partial upload was removed.", null,
          null);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Response.ResponseBuilder r = tus(Response.noContent()).header("Upload-Offset", now)
        .header("Upload-Expires", expires(u));
    if (now == u.length()) {
      r.header("Loop-Media-Slug", finish(uploads.find(id).orElseThrow()));
    }
    return r.build();
  }

  /** Hands a complete upload to the media pipeline; the partial files go either way. */
  private String finish(Upload u) {
    try (InputStream in = Files.newInputStream(uploads.bytes(u))) {
      return library.importUpload(u.filename(), in).slug();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      uploads.remove(u.id());
    }
  }

  Response terminate(String version, String id) {
    requireVersion(version);
    uploads.remove(find(id).id());
    return tus(Response.noContent()).build();
  }

  Map<String, Object> state(String id) {
    Upload u = find(id);
    return Map.of("id", u.id(), "offset", u.offset(), "length", u.length(),
        "filename", u.filename());
  }

  private Upload find(String id) {
    return uploads.find(id).orElseThrow(() -> ApiException.notFound(
        "There is no upload '" + id + "' (it finished, was cancelled or expired)."));
  }

  private void space(long length) {
    try {
      storage.requireSpace(length);
    } catch (MediaStorage.StorageFull e) {
      throw new ApiException(507, e.getMessage(), null, null);
    }
  }

  private static void requireVersion(String version) {
    if (!VERSION.equals(version)) {
      throw new ApiException(412, "This server speaks tus " + VERSION
          + "; send the header Tus-Resumable: " + VERSION + ".", null, null);
    }
  }

  private static long number(String header, String name) {
    try {
      long v = Long.parseLong(header == null ? "" : header.trim());
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the refusal
    }
    throw ApiException.badRequest("The header " + name + " must be a non-negative number.");
  }

  private static MessageDigest sha1(String checksum) {
    if (!checksum.startsWith("sha1 ")) {
      throw ApiException.badRequest("Only sha1 upload checksums are supported.");
    }
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] expectedDigest(String checksum) {
    try {
      return Base64.getDecoder().decode(checksum.substring(5).trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("The upload checksum is not valid base64.");
    }
  }

  private String expires(Upload u) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        u.touched().plus(Duration.ofHours(expireHours)).atOffset(ZoneOffset.UTC));
  }

  private static Response.ResponseBuilder tus(Response.ResponseBuilder r) {
    return r.header("Tus-Resumable", VERSION);
  }
}
