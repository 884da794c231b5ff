package loop.system.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import loop.system.entity.BackupManifest;

/**
 * Streams a backup archive: each file is read once, deflated into the ZIP and summed on the way
 * (size and SHA-256), and {@code manifest.json} with those sums goes last. Nothing is held in
 * memory beyond one copy buffer; the output is never buffered whole.
 */
public class BackupWriter {

  /** A file to archive under {@code name} (a path inside the archive, '/'-separated). */
  public record Source(String name, Path file) {}

  private final String appVersion;
  private final String created;

  public BackupWriter(String appVersion, String created) {
    this.appVersion = appVersion;
    this.created = created;
  }

  /**
   * Writes the archive to {@code out} and finishes it (the stream itself is left open).
   *
   * @return the manifest written as the last entry
   */
  public BackupManifest write(List<Source> sources, boolean originals, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED); // the device's CPU is the bottleneck, not the stick
    List<BackupManifest.Entry> entries = new ArrayList<>();
    for (Source s : sources) {
      entries.add(add(zip, s));
    }
    BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION,
        appVersion, created, originals, List.copyOf(entries));
    zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
    ManifestJson.write(manifest, zip);
    zip.closeEntry();
    zip.finish();
    zip.flush();
    return manifest;
  }

  private static BackupManifest.Entry add(ZipOutputStream zip, Source s) throws IOException {
    MessageDigest sha = sha256();
    long size = 0;
    zip.putNextEntry(new ZipEntry(s.name()));
    try (InputStream in = Files.newInputStream(s.file())) {
      DigestOutputStream summed = new DigestOutputStream(zip, sha);
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) >= 0; ) {
        summed.write(buf, 0, n);
        size += n;
      }
    }
    zip.closeEntry();
    return new BackupManifest.Entry(s.name(), size, HexFormat.of().formatHex(sha.digest()));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
