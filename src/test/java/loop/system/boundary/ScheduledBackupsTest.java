package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledBackupsTest {

  @TempDir Path dir;

  static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

  @Test
  void dueWithoutAnArchiveOrOnceTheNewestIsOldEnough() {
    Duration day = Duration.ofHours(24);
    assertTrue(ScheduledBackups.due(null, NOW, day));
    assertTrue(ScheduledBackups.due(NOW.minus(day), NOW, day));
    assertFalse(ScheduledBackups.due(NOW.minus(Duration.ofHours(23)), NOW, day));
  }

  @Test
  void onlyLoopsArchivesAreListedOldestFirstAndTheNewestKeepRemain() throws IOException {
    for (String name : List.of("loop-backup-2026-11-23-020000.zip",
        "loop-backup-2026-11-21-020000.zip", "loop-backup-2026-11-22-020000.zip",
        ".loop-backup-2026-11-24-020000.zip.part", "holiday.zip")) {
      Files.writeString(dir.resolve(name), "x");
    }

    List<Path> archives = ScheduledBackups.archives(dir);

    assertEquals(List.of("loop-backup-2026-11-21-020000.zip", "loop-backup-2026-11-22-020000.zip",
        "loop-backup-2026-11-23-020000.zip"),
        archives.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(archives.subList(0, 1), ScheduledBackups.prune(archives, 2));
    assertEquals(List.of(), ScheduledBackups.prune(archives, 3));
    assertEquals(archives.subList(0, 2), ScheduledBackups.prune(archives, 0)); // keeps one
  }
}
