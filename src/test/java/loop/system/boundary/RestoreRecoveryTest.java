package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreRecoveryTest {

  @TempDir Path data;

  Path write(String path, String text) throws IOException {
    Path p = data.resolve(path);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void aRestoreCutOffAfterTheSwapPutsTheOldDirectoriesBack() throws IOException {
    String staging = "tmp/restore-0123abcd/";
    write(staging + "old/packs/a.pack", "old pack");
    write("media/packs/b.pack", "new pack"); // swapped in, index never replaced
    write("media/originals/a.gif", "untouched");

    RestoreRecovery.recover(data.resolve("tmp"), data.resolve("media"));

    assertEquals("old pack", Files.readString(data.resolve("media/packs/a.pack")));
    assertFalse(Files.exists(data.resolve("media/packs/b.pack")));
    assertEquals("untouched", Files.readString(data.resolve("media/originals/a.gif")));
    assertFalse(Files.exists(data.resolve(staging)));
  }

  @Test
  void aCommittedRestoreAndLeftoversAreOnlyRemoved() throws IOException {
    write("tmp/restore-0123abcd/old/packs/a.pack", "old pack");
    write("tmp/restore-0123abcd/committed", "");
    write("tmp/restore-4567.zip", "archive");
    write("tmp/backup-89ab/loop.db", "copy");
    write("tmp/upload-1.part", "someone else's");
    write("media/packs/b.pack", "restored");

    RestoreRecovery.recover(data.resolve("tmp"), data.resolve("media"));

    assertEquals("restored", Files.readString(data.resolve("media/packs/b.pack")));
    assertFalse(Files.exists(data.resolve("tmp/restore-0123abcd")));
    assertFalse(Files.exists(data.resolve("tmp/restore-4567.zip")));
    assertFalse(Files.exists(data.resolve("tmp/backup-89ab")));
    assertTrue(Files.exists(data.resolve("tmp/upload-1.part")));
  }
}
