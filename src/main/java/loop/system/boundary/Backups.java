package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import loop.system.control.ArchiveFiles;
import loop.system.control.BackupWriter;
import loop.system.control.SqliteSnapshots;
import loop.system.entity.BackupManifest;
import loop.web.ApiException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes backup archives. The index is copied with SQLite's online backup and, while the one
 * pooled connection is still held (so no deletion can commit in between), every media file is
 * pinned with a hard link next to the copy: the archive then matches the copy even if items are
 * deleted while it streams. The archive itself is streamed by {@link BackupWriter}.
 */
@ApplicationScoped
public class Backups {

  /** A backup ready to stream: its staging directory (deleted after streaming) and files. */
  public record Prepared(Path staging, List<BackupWriter.Source> sources, boolean originals,
      Instant created) {

    /** {@code loop-backup-2026-11-25-021530.zip} (UTC). */
    public String filename() {
      return "loop-backup-" + STAMP.format(created) + ".zip";
    }
  }

  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  static final List<String> MEDIA = List.of("packs", "thumbs", "originals");
  private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|psk).*");

  @Inject DataDirectory data;
  @Inject SqliteSnapshots snapshots;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "loop.version", defaultValue = "0.1.0")
  String version;

  /** Copies the index and pins the media files; 500 with a sentence when that fails. */
  public Prepared prepare(boolean originals) {
    Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path staging = data.dir("tmp").resolve("backup-" + UUID.randomUUID());
    try {
      Files.createDirectories(staging);
      List<BackupWriter.Source> sources = new ArrayList<>();
      Path db = staging.resolve(BackupManifest.DATABASE);
      synchronized (Restores.SWAP) { // never the old index with the new files
        snapshots.holding(c -> {
          SqliteSnapshots.copyTo(c, db);
          for (String dir : MEDIA) {
            if (originals || !dir.equals("originals")) {
              pin(dir, staging, sources);
            }
          }
          return null;
        });
      }
      sources.add(0, new BackupWriter.Source(BackupManifest.DATABASE, db));
      sources.add(1, new BackupWriter.Source(BackupManifest.SETTINGS, settings(staging)));
      return new Prepared(staging, sources, originals, created);
    } catch (Exception e) {
      ArchiveFiles.delete(staging);
      throw new ApiException(500, "The backup could not be made: " + e.getMessage(), null, null);
    }
  }

  /** Streams the prepared archive to {@code out}, then removes its staging directory. */
  public BackupManifest write(Prepared p, OutputStream out) throws IOException {
    try {
      return new BackupWriter(version, p.created().toString()).write(p.sources(),
          p.originals(), out);
    } finally {
      ArchiveFiles.delete(p.staging());
    }
  }

  private void pin(String dir, Path staging, List<BackupWriter.Source> sources) {
    Path live = data.root().resolve("media").resolve(dir);
    for (Path file : ArchiveFiles.files(live)) {
      String name = "media/" + dir + "/" + file.getFileName();
      sources.add(new BackupWriter.Source(name, ArchiveFiles.pinned(file, staging.resolve(name))));
    }
  }

  /**
   * {@code settings.json}: the effective {@code loop.*} configuration when the backup was made,
   * for reference (configuration comes from the environment and is not restored); keys that
   * look like secrets are left out. Device settings (brightness, loop mode) live in the index.
   */
  Path settings(Path staging) throws IOException {
    TreeMap<String, String> values = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith("loop.") && !SECRET.matcher(name).matches()) {
        config.getOptionalValue(name, String.class).ifPresent(v -> values.put(name, v));
      }
    }
    Path file = staging.resolve(BackupManifest.SETTINGS);
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartObject().write("app_version", version).writeStartObject("config");
      values.forEach(g::write);
      g.writeEnd().writeEnd();
    }
    return file;
  }
}
