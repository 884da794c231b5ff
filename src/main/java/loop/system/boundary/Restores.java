package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.display.boundary.Display;
import loop.display.entity.ScreenMessage;
import loop.media.boundary.MediaLibrary;
import loop.player.boundary.Playback;
import loop.system.control.ArchiveFiles;
import loop.system.control.BackupRefused;
import loop.system.control.BackupVerifier;
import loop.system.control.IndexStore;
import loop.system.control.SqliteSnapshots;
import loop.system.entity.BackupManifest;
import loop.system.entity.IndexRestored;
import loop.system.entity.RestoreSummary;
import loop.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Restores a backup archive. The upload is streamed to a temp file under the data directory
 * (bounded by {@code loop.backup.max-restore-bytes}) and verified whole while it is unpacked
 * into a staging directory; the staged index must pass {@code PRAGMA integrity_check} and have
 * Loop's tables. Only then, with playback stopped and conversions held: the media directories
 * are swapped in by renames, and the index is replaced on the application's own connection with
 * SQLite's restore (one transaction; see {@link SqliteSnapshots}). Any failure there puts the
 * old directories and the old index back. Caches are dropped ({@link IndexRestored}) and
 * playback restarts.
 */
@ApplicationScoped
public class Restores {

  private static final Logger LOG = Logger.getLogger(Restores.class.getName());
  static final String SCREEN_KEY = "restore";
  /** Held while media directories and index are swapped; a backup copy waits for it. */
  static final Object SWAP = new Object();

  @Inject DataDirectory data;
  @Inject SqliteSnapshots snapshots;
  @Inject IndexStore index;
  @Inject MediaLibrary library;
  @Inject Playback playback;
  @Inject DeviceFigures figures;
  @Inject Event<IndexRestored> restored;
  @Inject Display display;

  @Inject
  @ConfigProperty(name = "loop.backup.max-restore-bytes", defaultValue = "4294967296")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "loop.disk.min-free-mb", defaultValue = "100")
  long minFreeMb;

  /** Restores the archive read from {@code body}; live data is untouched unless it succeeds. */
  public synchronized RestoreSummary restore(InputStream body) {
    Path staging = data.dir("tmp").resolve("restore-" + UUID.randomUUID());
    Path archive = staging.resolveSibling(staging.getFileName() + ".zip");
    try {
      receive(body, archive);
      requireSpace(Files.size(archive));
      BackupManifest manifest = BackupVerifier.verify(archive, staging.resolve("new"));
      ArchiveFiles.delete(archive);
      check(staging.resolve("new").resolve(BackupManifest.DATABASE));
      return swap(manifest, staging);
    } catch (BackupRefused e) {
      throw new ApiException(e.status(), e.getMessage(), null, null);
    } catch (IOException e) {
      throw new ApiException(500, "The restore failed and nothing was changed: " + e.getMessage(),
          null, null);
    } finally {
      ArchiveFiles.delete(archive);
      ArchiveFiles.delete(staging);
    }
  }

  void receive(InputStream body, Path archive) throws IOException {
    Files.createDirectories(archive.getParent());
    long size = 0;
    try (OutputStream out = Files.newOutputStream(archive)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = read(body, buf)) >= 0; ) {
        size += n;
        if (size > maxBytes) {
          throw new ApiException(413, "The backup is larger than the " + maxBytes / (1024 * 1024)
              + " MB a restore accepts (loop.backup.max-restore-bytes).", null, null);
        }
        out.write(buf, 0, n);
      }
    }
    if (size == 0) {
      throw ApiException.badRequest("No backup was sent: the request body is empty.");
    }
  }

  private static int read(InputStream body, byte[] buf) {
    try {
      return body.read(buf);
    } catch (IOException e) {
      throw ApiException.badRequest("The backup upload was cut off; nothing was changed.");
    }
  }

  /** Unpacking needs about the archive's size again, above the free-space floor. */
  void requireSpace(long archiveBytes) {
    long free = figures.freeBytes();
    if (free - 2 * archiveBytes < minFreeMb * 1024 * 1024) {
      throw new ApiException(507, "There is not enough free space to unpack this backup ("
          + free / (1024 * 1024) + " MB free); nothing was changed.", null, null);
    }
  }

  private SqliteSnapshots.Check check(Path db) {
    SqliteSnapshots.Check check;
    try {
      check = snapshots.holding(c -> SqliteSnapshots.check(c, db));
    } catch (Exception e) {
      throw new BackupRefused(422, "The backup was refused and nothing was changed: its index "
          + "is not a readable SQLite database.");
    }
    if (!check.intact()) {
      throw new BackupRefused(422, "The backup was refused and nothing was changed: its index "
          + "fails SQLite's integrity check (" + check.integrity() + ").");
    }
    if (!check.loops()) {
      throw new BackupRefused(422, "The file is not a Loop backup: its database has no "
          + "media and loop tables.");
    }
    return check;
  }

  private RestoreSummary swap(BackupManifest m, Path staging) {
    if (!library.holdConversions(Duration.ofSeconds(30))) {
      throw ApiException.conflict("A conversion is still running; try the restore again when it "
          + "has finished. Nothing was changed.", null);
    }
    playback.suspend();
    display.message(SCREEN_KEY, ScreenMessage.PROGRESS, "Restoring a backup…",
        List.of("Playback starts again in a moment."), 120);
    long[] counts;
    try {
      synchronized (SWAP) { // under the media ownership lock: no upload lands in a directory
        counts = library.exclusively(() -> // while it is renamed away
            new MediaSwap(data.root().resolve("media"), staging, m.originals())
                .run(() -> replaceIndex(staging)));
      }
      index.forgetCached();
    } finally {
      library.releaseConversions(!m.originals());
      display.withdraw(SCREEN_KEY);
      playback.resume();
    }
    restored.fire(new IndexRestored(counts[0]));
    LOG.info(() -> "restored a backup of " + m.created() + ": " + counts[0] + " item(s)");
    return new RestoreSummary(counts[0], counts[1], m.count("media/packs/"),
        m.count("media/thumbs/"), m.count("media/originals/"), m.originals(), m.created(),
        m.appVersion());
  }

  /** Replaces the live index; puts the previous one back when the result is not the copy. */
  private long[] replaceIndex(Path staging) throws Exception {
    Path staged = staging.resolve("new").resolve(BackupManifest.DATABASE);
    Path previous = staging.resolve("previous.db");
    return snapshots.holding(c -> {
      SqliteSnapshots.Check expected = SqliteSnapshots.check(c, staged);
      // the admin password belongs to the device: the archive's (another device's, an old one)
      // must neither lock it nor open it, not even after a crash right after the swap
      SqliteSnapshots.keepLiveTable(c, staged, "ACCESS_SETTINGS");
      SqliteSnapshots.copyTo(c, previous);
      SqliteSnapshots.restoreFrom(c, staged);
      long[] counts = SqliteSnapshots.counts(c);
      if (counts[0] != expected.items() || counts[1] != expected.loopEntries()) {
        SqliteSnapshots.restoreFrom(c, previous);
        throw new SQLException("the index did not take the backup's content");
      }
      Files.createFile(staging.resolve(RestoreRecovery.COMMITTED));
      return counts;
    });
  }

  static void logged(String what, Exception e) {
    LOG.log(Level.SEVERE, what, e);
  }
}
