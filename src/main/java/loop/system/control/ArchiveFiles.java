package loop.system.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** File chores of backup and restore: listing media files, hard links, renames, removal. */
public final class ArchiveFiles {

  private ArchiveFiles() {}

  /** Regular files of {@code dir} with archivable names (no {@code .part} files), sorted. */
  public static List<Path> files(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name.endsWith(".part")
            && BackupVerifier.FILE_NAME.matcher(name).matches()) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(null);
    return out;
  }

  /**
   * A hard link to {@code file} at {@code link}, so the archive keeps the bytes even if the
   * file is deleted meanwhile; returns {@code file} itself where links are not supported.
   */
  public static Path pinned(Path file, Path link) {
    try {
      Files.createDirectories(link.getParent());
      return Files.createLink(link, file);
    } catch (IOException | UnsupportedOperationException e) {
      return file;
    }
  }

  /** Renames {@code from} to {@code to} atomically (same volume), replacing nothing. */
  public static void rename(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a file or a directory tree; quiet about what is already gone. */
  public static void delete(Path path) {
    if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove " + path, e);
    }
  }
}
