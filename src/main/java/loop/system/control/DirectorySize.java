package loop.system.control;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Sums the sizes of regular files under a directory, without following links. */
public final class DirectorySize {

  private DirectorySize() {}

  /** Bytes under {@code dir}; 0 when it does not exist, unreadable parts are skipped. */
  public static long of(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    long[] total = {0};
    try {
      // a root that is itself a link (a versioned install, a media dir on another disk) is
      // walked at its target; links inside the tree are still not followed
      Files.walkFileTree(
          dir.toRealPath(),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                total[0] += attrs.size();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return total[0];
    }
    return total[0];
  }
}
