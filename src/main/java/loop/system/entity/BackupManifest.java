package loop.system.entity;

import java.util.List;

/**
 * What a backup archive holds: {@code manifest.json}, written as the archive's last entry. Every
 * other entry is listed with its size in bytes and its SHA-256 (lower-case hex); an archive is
 * restored only when it holds exactly these entries with exactly these sums.
 *
 * @param format always {@link #FORMAT}; anything else is not a Loop backup
 * @param formatVersion the layout version, {@link #VERSION} for this release
 * @param appVersion the Loop version that wrote the archive
 * @param created when the archive was made (ISO-8601 UTC)
 * @param originals whether uploaded originals are inside ({@code ?originals=false} leaves them out)
 * @param entries every entry but the manifest itself, in archive order
 */
public record BackupManifest(
    String format,
    int formatVersion,
    String appVersion,
    String created,
    boolean originals,
    List<Entry> entries) {

  public static final String FORMAT = "loop-backup";
  public static final int VERSION = 1;
  public static final String NAME = "manifest.json";
  public static final String DATABASE = "loop.db";
  public static final String SETTINGS = "settings.json";

  /** One archived file: its name inside the archive, its size in bytes, its SHA-256 (hex). */
  public record Entry(String name, long size, String sha256) {}

  /** The sum of the declared entry sizes in bytes. */
  public long totalBytes() {
    return entries.stream().mapToLong(Entry::size).sum();
  }

  /** How many entries lie under {@code prefix} (e.g. {@code media/packs/}). */
  public long count(String prefix) {
    return entries.stream().filter(e -> e.name().startsWith(prefix)).count();
  }
}
