package loop.system.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * What Loop remembers about WiFi, in {@code wifi.properties} in the data directory: the SSID of the
 * network to keep joining and the generated setup-hotspot password. Never a client network's
 * password: NetworkManager keeps that in its root-only keyfile. Written temp, fsync, rename.
 */
public class WifiMemory {

  static final String CONFIGURED = "configured-ssid";
  static final String HOTSPOT_PASSWORD = "hotspot-password";
  /** No 0/O, 1/l/I: the hotspot password is read off a small screen. */
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final Path file;

  public WifiMemory(Path file) {
    this.file = file;
  }

  /** The configured SSID, or null. */
  public synchronized String configuredSsid() {
    String s = load().getProperty(CONFIGURED, "");
    return s.isEmpty() ? null : s;
  }

  public synchronized void configuredSsid(String ssid) throws IOException {
    Properties p = load();
    p.setProperty(CONFIGURED, ssid);
    store(p);
  }

  /** The stored hotspot password, generated (10 characters) and stored on first use. */
  public synchronized String hotspotPassword() throws IOException {
    Properties p = load();
    String pw = p.getProperty(HOTSPOT_PASSWORD, "");
    if (pw.length() < 8) {
      pw = generate(10);
      p.setProperty(HOTSPOT_PASSWORD, pw);
      store(p);
    }
    return pw;
  }

  static String generate(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private Properties load() {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException e) {
        return new Properties(); // unreadable: as if nothing was remembered
      }
    }
    return p;
  }

  private void store(Properties p) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      p.store(out, "Loop WiFi: the network to join and the setup hotspot password");
    }
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
