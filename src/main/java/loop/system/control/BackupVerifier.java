package loop.system.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import loop.system.entity.BackupManifest;

/**
 * Checks a whole backup archive before anything live is touched: a ZIP whose directory holds no
 * unsafe, linked or duplicate names; a known manifest; exactly the listed entries, each with its
 * listed size and SHA-256. Entries are copied into a staging directory while they are summed,
 * so the archive is read once; the staging directory is the caller's to delete on refusal.
 */
public final class BackupVerifier {

  static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
  static final List<String> MEDIA_DIRS =
      List.of("media/packs/", "media/thumbs/", "media/originals/");
  private static final long MAX_MANIFEST = 8L * 1024 * 1024;

  private BackupVerifier() {}

  /**
   * Verifies {@code zip}, copying each entry under {@code staging} (null: check only).
   *
   * @return the archive's manifest
   * @throws BackupRefused with the reason when anything is wrong
   */
  public static BackupManifest verify(Path zip, Path staging) throws IOException {
    Set<String> names = directoryNames(zip);
    if (!names.contains(BackupManifest.NAME)) {
      throw BackupRefused.notLoop("it has no " + BackupManifest.NAME);
    }
    names.forEach(BackupVerifier::checkName);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      BackupManifest manifest = manifest(file);
      checkListing(manifest, names);
      for (BackupManifest.Entry e : manifest.entries()) {
        copyChecked(file, e, staging);
      }
      return manifest;
    } catch (java.util.zip.ZipException e) {
      throw BackupRefused.damaged("the archive is damaged (" + e.getMessage() + ")");
    }
  }

  /** The directory's names; refuses unsafe, linked and duplicate entries. */
  static Set<String> directoryNames(Path zip) throws IOException {
    List<ZipCentralDirectory.Entry> entries;
    try {
      entries = ZipCentralDirectory.list(zip);
    } catch (ZipCentralDirectory.Unreadable e) {
      throw new BackupRefused(400, "The file is not a Loop backup: " + e.getMessage() + ".");
    }
    Set<String> names = new HashSet<>();
    for (ZipCentralDirectory.Entry e : entries) {
      if (unsafe(e.name())) {
        throw BackupRefused.damaged("it has an unsafe entry name '" + shown(e.name()) + "'");
      }
      if (e.symlink()) {
        throw BackupRefused.damaged("its entry '" + shown(e.name()) + "' is a symbolic link");
      }
      if (!names.add(e.name())) {
        throw BackupRefused.damaged("its entry '" + shown(e.name()) + "' appears twice");
      }
    }
    return names;
  }

  /** Refuses names that could leave the staging directory, then names outside the layout. */
  static void checkName(String name) {
    if (unsafe(name)) {
      throw BackupRefused.damaged("it has an unsafe entry name '" + shown(name) + "'");
    }
    if (!expected(name)) {
      throw BackupRefused.damaged("it has an unexpected entry '" + shown(name) + "'");
    }
  }

  static boolean unsafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
        || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return true;
    }
    for (String part : name.split("/", -1)) {
      if (part.equals("..") || part.equals(".")) {
        return true;
      }
    }
    return false;
  }

  static boolean expected(String name) {
    if (name.equals(BackupManifest.NAME) || name.equals(BackupManifest.DATABASE)
        || name.equals(BackupManifest.SETTINGS)) {
      return true;
    }
    return MEDIA_DIRS.stream().anyMatch(dir -> name.startsWith(dir)
        && FILE_NAME.matcher(name.substring(dir.length())).matches());
  }

  private static BackupManifest manifest(ZipFile file) throws IOException {
    ZipEntry entry = file.getEntry(BackupManifest.NAME);
    if (entry.getSize() > MAX_MANIFEST) {
      throw BackupRefused.notLoop("its manifest is implausibly large");
    }
    BackupManifest m;
    try (InputStream in = bounded(file.getInputStream(entry), MAX_MANIFEST)) {
      m = ManifestJson.read(in);
    } catch (IllegalArgumentException e) {
      throw BackupRefused.notLoop(e.getMessage());
    } catch (IOException e) {
      throw BackupRefused.notLoop("its manifest.json cannot be read");
    }
    if (!BackupManifest.FORMAT.equals(m.format())) {
      throw BackupRefused.notLoop("its manifest names the format '" + shown(m.format()) + "'");
    }
    if (m.formatVersion() != BackupManifest.VERSION) {
      throw new BackupRefused(422, "The backup has format version " + m.formatVersion()
          + "; this Loop reads version " + BackupManifest.VERSION + ".");
    }
    return m;
  }

  /** The manifest lists exactly the archive's other entries, the index among them. */
  static void checkListing(BackupManifest m, Set<String> names) {
    Set<String> listed = new HashSet<>();
    for (BackupManifest.Entry e : m.entries()) {
      checkName(e.name());
      if (e.name().equals(BackupManifest.NAME) || !listed.add(e.name())) {
        throw BackupRefused.damaged("its manifest lists '" + shown(e.name()) + "' twice");
      }
      if (!names.contains(e.name())) {
        throw BackupRefused.damaged("the entry '" + shown(e.name())
            + "' listed in its manifest is missing");
      }
      if (e.size() < 0 || e.sha256() == null || e.sha256().length() != 64) {
        throw BackupRefused.damaged("its manifest entry '" + shown(e.name()) + "' is malformed");
      }
    }
    for (String n : names) {
      if (!n.equals(BackupManifest.NAME) && !listed.contains(n)) {
        throw BackupRefused.damaged("its entry '" + shown(n) + "' is not in its manifest");
      }
    }
    if (!listed.contains(BackupManifest.DATABASE)) {
      throw BackupRefused.notLoop("it holds no " + BackupManifest.DATABASE);
    }
  }

  private static void copyChecked(ZipFile file, BackupManifest.Entry e, Path staging)
      throws IOException {
    MessageDigest sha = BackupWriter.sha256();
    long size = 0;
    Path target = staging == null ? null : staging.resolve(e.name()).normalize();
    if (target != null && !target.startsWith(staging)) {
      throw BackupRefused.damaged("it has an unsafe entry name '" + shown(e.name()) + "'");
    }
    try (InputStream in = file.getInputStream(file.getEntry(e.name()));
        OutputStream out = target == null ? OutputStream.nullOutputStream() : create(target)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = read(in, buf, e.name())) >= 0; ) {
        size += n;
        if (size > e.size()) {
          break; // longer than declared: refused below without inflating the rest
        }
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    }
    if (size != e.size() || !HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
      throw BackupRefused.damaged("the entry '" + shown(e.name())
          + "' does not match its size and checksum (damaged or altered)");
    }
  }

  /** A read of the archive; a damaged entry is a refusal, not a server error. */
  private static int read(InputStream in, byte[] buf, String name) {
    try {
      return in.read(buf);
    } catch (IOException e) {
      throw BackupRefused.damaged("the entry '" + shown(name) + "' cannot be unpacked ("
          + e.getMessage() + ")");
    }
  }

  private static OutputStream create(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    return Files.newOutputStream(target);
  }

  private static InputStream bounded(InputStream in, long max) {
    return new java.io.FilterInputStream(in) {
      long seen;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        seen += Math.max(n, 0);
        if (seen > max) {
          throw new IOException("manifest too large");
        }
        return n;
      }
    };
  }

  static String shown(String name) {
    String s = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
