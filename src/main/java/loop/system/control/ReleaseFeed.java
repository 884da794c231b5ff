package loop.system.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import loop.system.entity.ReleaseManifest;

/**
 * Where releases come from: a release manifest and the server archive it names, both over
 * http(s), on the calling thread, every connect and read bounded by {@code timeout}. The archive
 * is streamed to disk while its SHA-256 is computed, never held in memory, and refused as soon as
 * it grows past the size the manifest declared.
 */
public class ReleaseFeed {

  /** A release the device will not install, with the reason as a sentence. */
  public static class Refused extends IOException {

    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  /** Longest manifest read: a manifest is a few lines. */
  static final int MAX_MANIFEST_BYTES = 64 * 1024;

  private final Duration timeout;
  private final Duration downloadLimit;

  /**
   * @param timeout bound for connecting and for each read
   * @param downloadLimit bound for a whole archive download
   */
  public ReleaseFeed(Duration timeout, Duration downloadLimit) {
    this.timeout = timeout;
    this.downloadLimit = downloadLimit;
  }

  /**
   * Fetches and checks the manifest at {@code url}.
   *
   * @throws Refused when it is not a usable manifest
   * @throws IOException when it cannot be fetched
   */
  public ReleaseManifest manifest(URI url) throws IOException {
    HttpURLConnection http = open(url);
    try (InputStream in = http.getInputStream()) {
      byte[] body = in.readNBytes(MAX_MANIFEST_BYTES + 1);
      if (body.length > MAX_MANIFEST_BYTES) {
        throw new Refused("The release manifest is larger than " + MAX_MANIFEST_BYTES + " bytes.");
      }
      return ReleaseManifest.parse(new String(body, StandardCharsets.UTF_8), url);
    } catch (IllegalArgumentException e) {
      throw new Refused("Bad release manifest: " + e.getMessage() + ".");
    } finally {
      http.disconnect();
    }
  }

  /**
   * Downloads the release's archive to {@code target}, through a temporary file next to it that
   * only becomes {@code target} once length and SHA-256 match the manifest.
   *
   * @throws Refused on a length or checksum mismatch (nothing is left on disk)
   * @throws IOException when the download fails or takes longer than the download limit
   */
  public Path download(ReleaseManifest release, Path target) throws IOException {
    Path part = target.resolveSibling(target.getFileName() + ".part");
    long deadline = System.nanoTime() + downloadLimit.toNanos();
    HttpURLConnection http = open(release.url());
    try (InputStream in = http.getInputStream();
        OutputStream out = Files.newOutputStream(part)) {
      long declared = http.getContentLengthLong();
      if (declared >= 0 && declared != release.size()) {
        throw new Refused(
            "The release archive has "
                + declared
                + " bytes; the manifest says "
                + release.size()
                + ".");
      }
      MessageDigest sha = sha256();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) >= 0; ) {
        total += n;
        if (total > release.size()) {
          throw new Refused("The release archive is larger than the manifest's " + release.size()
              + " bytes.");
        }
        if (System.nanoTime() - deadline > 0) {
          throw new IOException("The release download took longer than " + downloadLimit + ".");
        }
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
      if (total != release.size()) {
        throw new Refused("The release archive ended after " + total + " of " + release.size()
            + " bytes.");
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      if (!actual.equals(release.sha256())) {
        throw new Refused("The release archive's checksum does not match the manifest (sha256 "
            + actual + ", expected " + release.sha256() + "); it was not installed.");
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    } finally {
      http.disconnect();
    }
    return Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private HttpURLConnection open(URI url) throws IOException {
    URLConnection c = url.toURL().openConnection();
    if (!(c instanceof HttpURLConnection http)) {
      throw new Refused("Releases come over http(s) only: " + url);
    }
    int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    http.setConnectTimeout(ms);
    http.setReadTimeout(ms);
    http.setUseCaches(false);
    http.setRequestProperty("Accept-Encoding", "identity");
    int status = http.getResponseCode();
    if (status != HttpURLConnection.HTTP_OK) {
      http.disconnect();
      throw new IOException(url + " answered HTTP " + status);
    }
    return http;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
