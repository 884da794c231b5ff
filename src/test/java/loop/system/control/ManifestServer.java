package loop.system.control;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A release server on loopback for tests: {@code /manifest.json} and any archive put under a path,
 * answered as set, with a test-chosen status. JDK {@code com.sun.net.httpserver}, ephemeral port.
 */
public final class ManifestServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  public ManifestServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      byte[] body = bodies.getOrDefault(path, new byte[0]);
      int status = statuses.getOrDefault(path, bodies.containsKey(path) ? 200 : 404);
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public ManifestServer put(String path, byte[] body) {
    bodies.put(path, body);
    statuses.remove(path);
    return this;
  }

  public ManifestServer status(String path, int status) {
    statuses.put(path, status);
    return this;
  }

  /** Publishes {@code archive} at {@code /loop-<version>.zip} and a manifest for it. */
  public ManifestServer release(String version, byte[] archive) {
    return release(version, archive, sha256(archive), archive.length);
  }

  /** Same, with the manifest's checksum and size as given (to test refusals). */
  public ManifestServer release(String version, byte[] archive, String sha, long size) {
    put("/loop-" + version + ".zip", archive);
    String manifest = "{\"version\":\"" + version + "\",\"url\":\"loop-" + version
        + ".zip\",\"sha256\":\"" + sha + "\",\"size\":" + size + "}";
    return put("/manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
