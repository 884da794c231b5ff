package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import loop.web.ApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory swap of a restore, and the bounded receive of the archive. */
class MediaSwapTest {

  @TempDir Path data;

  Path media;
  Path staging;

  @BeforeEach
  void liveAndStaged() throws IOException {
    media = data.resolve("media");
    staging = data.resolve("tmp/restore-1");
    write(media.resolve("packs/old.pack"), "old pack");
    write(media.resolve("originals/old.gif"), "old original");
    write(staging.resolve("new/media/packs/new.pack"), "new pack");
    write(staging.resolve("new/media/originals/new.gif"), "new original");
  }

  static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void theStagedDirectoriesReplaceTheLiveOnesThumbsIncludedWhenEmpty() {
    long[] result = new MediaSwap(media, staging, true).run(() -> new long[] {1, 1});

    assertEquals(1, result[0]);
    assertTrue(Files.exists(media.resolve("packs/new.pack")));
    assertFalse(Files.exists(media.resolve("packs/old.pack")));
    assertTrue(Files.exists(media.resolve("originals/new.gif")));
    assertTrue(Files.isDirectory(media.resolve("thumbs")));
  }

  @Test
  void withoutOriginalsTheLiveOriginalsStay() {
    new MediaSwap(media, staging, false).run(() -> new long[] {1, 1});

    assertTrue(Files.exists(media.resolve("packs/new.pack")));
    assertTrue(Files.exists(media.resolve("originals/old.gif")));
  }

  @Test
  void aFailingIndexSwapPutsEveryDirectoryBack() throws IOException {
    ApiException e = assertThrows(ApiException.class, () -> new MediaSwap(media, staging, true)
        .run(() -> {
          throw new SQLException("disk I/O error");
        }));

    assertEquals(500, e.status());
    assertTrue(e.getMessage().contains("previous data was kept"), e.getMessage());
    assertEquals("old pack", Files.readString(media.resolve("packs/old.pack")));
    assertEquals("old original", Files.readString(media.resolve("originals/old.gif")));
    assertFalse(Files.exists(media.resolve("packs/new.pack")));
  }

  @Test
  void theArchiveIsReceivedUpToItsOwnCap() throws IOException {
    Restores cut = new Restores();
    cut.maxBytes = 10;
    Path archive = data.resolve("tmp/restore-2.zip");

    cut.receive(new ByteArrayInputStream(new byte[10]), archive);
    assertArrayEquals(new byte[10], Files.readAllBytes(archive));

    ApiException tooLarge = assertThrows(ApiException.class,
        () -> cut.receive(new ByteArrayInputStream(new byte[11]), archive));
    assertEquals(413, tooLarge.status());
    assertTrue(tooLarge.getMessage().contains("loop.backup.max-restore-bytes"));

    ApiException empty = assertThrows(ApiException.class,
        () -> cut.receive(new ByteArrayInputStream(new byte[0]), archive));
    assertEquals(400, empty.status());
  }
}
