package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStorageTest {

  @TempDir Path data;
  MediaStorage cut;

  @BeforeEach
  void setUp() {
    cut = new MediaStorage();
    cut.dataDir = data.toString();
    cut.maxUploadBytes = 1000;
    cut.minFreeMb = () -> 0L;
  }

  long tempFiles() throws IOException {
    try (var s = Files.list(cut.tmp())) {
      return s.count();
    }
  }

  @Test
  void receivedBytesAreHashedCountedAndKeptUnderTheFinalName() throws IOException {
    byte[] bytes = "GIF89a and some more bytes".getBytes();

    MediaStorage.Received r = cut.receive(new ByteArrayInputStream(bytes));
    cut.keep(r, "x_0123456789ab.gif");

    assertEquals(bytes.length, r.size());
    assertEquals(Hashing.sha256Hex(bytes), r.sha256());
    assertEquals("GIF89a", new String(r.head(), 0, 6));
    assertArrayEquals(bytes, Files.readAllBytes(cut.original("x_0123456789ab.gif")));
    assertEquals(0, tempFiles());
  }

  @Test
  void anUploadPastTheCapIsRefusedAndLeavesNoTempFile() throws IOException {
    InputStream big = new ByteArrayInputStream(new byte[1001]);

    assertThrows(MediaStorage.TooLarge.class, () -> cut.receive(big));

    assertEquals(0, tempFiles());
  }

  @Test
  void aStreamThatBreaksOffIsRefusedAndLeavesNoTempFile() throws IOException {
    InputStream broken = new InputStream() {
      int n;

      @Override
      public int read() throws IOException {
        if (n++ > 10) {
          throw new IOException("connection reset");
        }
        return 'a';
      }
    };

    assertThrows(MediaStorage.CutOff.class, () -> cut.receive(broken));

    assertEquals(0, tempFiles());
  }

  @Test
  void uploadsAreRefusedBelowTheFreeSpaceFloor() {
    cut.minFreeMb = () -> Long.MAX_VALUE / (2L * 1024 * 1024);

    MediaStorage.StorageFull e = assertThrows(MediaStorage.StorageFull.class, cut::requireSpace);

    assertTrue(e.getMessage().contains("storage is full"), e.getMessage());
  }

  @Test
  void aDiskThatFillsWhileAnUploadStreamsRefusesItAndLeavesNoTempFile() throws IOException {
    cut.spaceCheckBytes = 100;
    long[] free = {10L * 1024 * 1024};
    cut.minFreeMb = () -> 1L;
    cut.usableSpace = dir -> free[0];
    InputStream filling = new InputStream() {
      int sent;

      @Override
      public int read() {
        if (++sent == 150) {
          free[0] = 512 * 1024; // someone else filled the disk meanwhile
        }
        return sent > 900 ? -1 : 7;
      }
    };

    assertThrows(MediaStorage.StorageFull.class, () -> cut.receive(filling));

    assertEquals(0, tempFiles());
  }

  @Test
  void orphansAndStaleTempFilesAreRemovedKnownFilesAndFreshTempsStay() throws IOException {
    Path known = Files.write(cut.originals().resolve("k_0123456789ab.png"), new byte[] {1});
    Path orphan = Files.write(cut.originals().resolve("o_0123456789ab.png"), new byte[] {1});
    Path stale = Files.write(cut.tmp().resolve("upload-1.part"), new byte[] {1});
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path fresh = Files.write(cut.tmp().resolve("upload-2.part"), new byte[] {1});

    int removed = cut.removeOrphans(Set.of("k_0123456789ab.png"), Duration.ofHours(1));

    assertEquals(2, removed);
    assertTrue(Files.exists(known) && Files.exists(fresh));
    assertFalse(Files.exists(orphan) || Files.exists(stale));
  }
}
