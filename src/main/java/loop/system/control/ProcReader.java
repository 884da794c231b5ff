package loop.system.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads kB figures from {@code /proc}-style files ({@code VmRSS:  123 kB}). The root is a
 * parameter so tests can point it at a fake tree.
 */
public class ProcReader {

  private final Path root;

  public ProcReader(Path root) {
    this.root = root;
  }

  /** The value of {@code key} in {@code file} (relative to the root) in bytes, or -1. */
  public long bytes(String file, String key) {
    try {
      for (String line : Files.readAllLines(root.resolve(file))) {
        if (line.startsWith(key + ":")) {
          String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
          long value = Long.parseLong(parts[0]);
          return parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * The value of the first {@code key : value} line of {@code file} whose key, trimmed, is
   * {@code key} ({@code /proc/cpuinfo} pads keys with tabs), or null.
   */
  public String text(String file, String key) {
    try {
      for (String line : Files.readAllLines(root.resolve(file))) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return line.substring(colon + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** The whole of {@code file} as text without NULs and surrounding blanks, or null. */
  public String whole(String file) {
    try {
      String s = Files.readString(root.resolve(file), java.nio.charset.StandardCharsets.UTF_8);
      return s.replace("\0", "").trim();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
