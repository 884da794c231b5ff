package loop.system.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import loop.system.control.ArchiveFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional backups to a directory ({@code loop.backup.directory}, e.g. a USB stick; empty =
 * off). Checked hourly: when the newest {@code loop-backup-*.zip} there is older than {@code
 * loop.backup.interval-hours} (or there is none), a new one is written to a hidden {@code .part}
 * file, fsynced and renamed, and all but the newest {@code loop.backup.keep} are removed. A
 * missing directory (a stick not plugged in) skips the run with a warning; nothing is created.
 */
@ApplicationScoped
public class ScheduledBackups {

  private static final Logger LOG = Logger.getLogger(ScheduledBackups.class.getName());
  static final Pattern NAME = Pattern.compile("loop-backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Backups backups;

  @Inject
  @ConfigProperty(name = "loop.backup.directory")
  Optional<String> directory;

  @Inject
  @ConfigProperty(name = "loop.backup.interval-hours", defaultValue = "24")
  int intervalHours;

  @Inject
  @ConfigProperty(name = "loop.backup.keep", defaultValue = "7")
  int keep;

  @Inject
  @ConfigProperty(name = "loop.backup.originals", defaultValue = "true")
  boolean originals;

  private ScheduledFuture<?> task;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000)
      @Initialized(ApplicationScoped.class) Object ignored) {
    if (target().isPresent()) {
      task = scheduler.scheduleWithFixedDelay(this::runQuietly, 10, 60, TimeUnit.MINUTES);
      LOG.info(() -> "scheduled backups to " + target().get() + " every " + intervalHours + " h");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  Optional<Path> target() {
    return directory.map(String::trim).filter(d -> !d.isEmpty()).map(Path::of);
  }

  void runQuietly() {
    try {
      Path dir = target().orElseThrow();
      if (!Files.isDirectory(dir)) {
        LOG.warning(() -> "backup directory " + dir + " is missing; skipping this backup");
        return;
      }
      List<Path> existing = archives(dir);
      Instant newest = existing.isEmpty() ? null
          : Files.getLastModifiedTime(existing.get(existing.size() - 1)).toInstant();
      if (due(newest, Instant.now(), Duration.ofHours(Math.max(1, intervalHours)))) {
        Path written = writeInto(dir);
        LOG.info(() -> "wrote scheduled backup " + written);
        prune(archives(dir), keep).forEach(ArchiveFiles::delete);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "scheduled backup failed; the next check retries", e);
    }
  }

  /** Writes one archive into {@code dir}: temp file, fsync, atomic rename. */
  Path writeInto(Path dir) throws IOException {
    Backups.Prepared p = backups.prepare(originals);
    Path target = dir.resolve(p.filename());
    Path temp = dir.resolve("." + p.filename() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        backups.write(p, out);
      }
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      ArchiveFiles.rename(temp, target);
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Loop's archives in {@code dir}, oldest first (names sort by their UTC stamp). */
  static List<Path> archives(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).sorted()
          .toList();
    }
  }

  /** Due when there is no archive yet or the newest is at least {@code interval} old. */
  static boolean due(Instant newest, Instant now, Duration interval) {
    return newest == null || !newest.plus(interval).isAfter(now);
  }

  /** The archives to remove so that the newest {@code keep} (at least 1) remain. */
  static List<Path> prune(List<Path> oldestFirst, int keep) {
    int remove = oldestFirst.size() - Math.max(1, keep);
    return remove <= 0 ? List.of() : oldestFirst.subList(0, remove);
  }
}
