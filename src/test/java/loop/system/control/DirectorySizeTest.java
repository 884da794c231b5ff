package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySizeTest {

  @TempDir Path temp;

  static void write(Path file, int bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
  }

  @Test
  void sumsRegularFilesInNestedDirectories() throws IOException {
    // given
    Path dir = temp.resolve("media");
    write(dir.resolve("a.gif"), 1000);
    write(dir.resolve("cat/b.pack"), 2345);
    write(dir.resolve("cat/deeper/still/c.png"), 7);
    write(dir.resolve("empty.txt"), 0);
    Files.createDirectories(dir.resolve("cat/empty-dir"));

    // when
    long size = DirectorySize.of(dir);

    // then
    assertEquals(1000 + 2345 + 7, size);
  }

  @Test
  void emptyDirectoryIsZero() {
    long size = DirectorySize.of(temp);

    assertEquals(0, size);
  }

  @Test
  void missingDirectoryIsZero() {
    long size = DirectorySize.of(temp.resolve("missing"));

    assertEquals(0, size);
  }

  @Test
  void nullIsZero() {
    long size = DirectorySize.of(null);

    assertEquals(0, size);
  }

  @Test
  void aRegularFileIsNotADirectory() throws IOException {
    Path file = temp.resolve("file.bin");
    write(file, 500);

    long size = DirectorySize.of(file);

    assertEquals(0, size);
  }

  @Test
  void symlinkToAFileOutsideIsNotCounted() throws IOException {
    // given a tree with a link to a big file that lives outside it
    Path big = temp.resolve("outside/big.bin");
    write(big, 1_000_000);
    Path dir = temp.resolve("media");
    write(dir.resolve("a.gif"), 100);
    Files.createSymbolicLink(dir.resolve("link.bin"), big);

    // when
    long size = DirectorySize.of(dir);

    // then
    assertEquals(100, size);
  }

  @Test
  void symlinkToADirectoryOutsideIsNotEntered() throws IOException {
    // given
    Path outside = temp.resolve("outside");
    write(outside.resolve("big.bin"), 1_000_000);
    Path dir = temp.resolve("media");
    write(dir.resolve("a.gif"), 100);
    Files.createSymbolicLink(dir.resolve("linked-dir"), outside);

    // when
    long size = DirectorySize.of(dir);

    // then
    assertEquals(100, size);
  }

  @Test
  void symlinkLoopDoesNotHang() throws IOException {
    // given a link back to the directory itself
    Path dir = temp.resolve("media");
    write(dir.resolve("a.gif"), 100);
    Files.createSymbolicLink(dir.resolve("self"), dir);

    // when
    long size = DirectorySize.of(dir);

    // then
    assertEquals(100, size);
  }

  @Test
  void aRootThatIsALinkIsFollowedOnce() throws IOException {
    // given the measured path itself is a link to a real directory
    Path real = temp.resolve("real");
    write(real.resolve("a.gif"), 321);
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);

    // when
    long size = DirectorySize.of(link);

    // then
    assertEquals(321, size);
  }
}
