package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.media.control.pack.FramePack;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploaded bytes live. An upload streams into {@code tmp/} while it is hashed and counted
 * against {@code loop.media.max-upload-bytes}; only a complete, accepted file is fsynced and
 * atomically moved into {@code media/originals/}. Nothing half-written is ever under a final name.
 * The free-space floor ({@code loop.disk.min-free-mb}) is checked before an upload and every few
 * MB while it streams; a full disk removes the temp file and answers {@link StorageFull}.
 */
@ApplicationScoped
public class MediaStorage {

  /** The result of receiving one upload into a temp file. */
  public record Received(Path temp, long size, String sha256, byte[] head, int headLength) {}

  /** Thrown when an upload passes the size cap; the temp file is already gone. */
  public static class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooLarge(long cap) {
      super("The file is larger than the " + human(cap) + " upload limit.");
    }
  }

  /** Thrown when the sender's stream broke off or was malformed; the temp file is already gone. */
  public static class CutOff extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CutOff(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static final Logger LOG = Logger.getLogger(MediaStorage.class.getName());

  @Inject
  @ConfigProperty(name = "loop.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "loop.media.max-upload-bytes", defaultValue = "209715200")
  long maxUploadBytes;

  /** Read at every check, so an operator (or the IT) can raise the floor without a restart. */
  @Inject
  @ConfigProperty(name = "loop.disk.min-free-mb", defaultValue = "100")
  Provider<Long> minFreeMb;

  /** The one place free space is read (tests stand in a shrinking disk here). */
  ToLongFunction<Path> usableSpace = MediaStorage::usable;

  /** How many bytes a streaming write goes between two free-space checks. */
  long spaceCheckBytes = SPACE_CHECK_BYTES;

  /** Default distance between free-space checks while streaming an upload. */
  public static final long SPACE_CHECK_BYTES = 4L * 1024 * 1024;

  static String human(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  /** Refuses new uploads (507) while the data volume is below its free-space floor. */
  public void requireSpace() {
    requireSpace(0);
  }

  /** Refuses (507) when {@code incoming} more bytes would take the volume below its floor. */
  public void requireSpace(long incoming) {
    long free = usableSpace.applyAsLong(dir("tmp"));
    if (free - incoming < minFreeMb.get() * 1024 * 1024) {
      throw new StorageFull(free);
    }
  }

  private static long usable(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when a write failed because the volume is full (ENOSPC). */
  public static boolean outOfSpace(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("No space left");
  }

  /** Thrown when the data volume is too full to take an upload. */
  public static class StorageFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageFull(long free) {
      super("The device's storage is full (" + free / (1024 * 1024) + " MB free); delete some "
          + "media and try again.");
    }
  }

  /** Streams {@code in} to a new temp file, hashing and counting; refuses past the cap. */
  public Received receive(InputStream in) {
    Path temp = newTemp();
    MessageDigest sha = Hashing.sha256();
    byte[] head = new byte[ContentSniffer.HEAD_BYTES];
    int headLength = 0;
    long size = 0;
    long checked = 0;
    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = readFrom(in, buf)) >= 0; ) {
        size += n;
        if (size > maxUploadBytes) {
          throw new TooLarge(maxUploadBytes);
        }
        if (size - checked >= spaceCheckBytes) {
          requireSpace();
          checked = size;
        }
        int toHead = Math.min(n, head.length - headLength);
        System.arraycopy(buf, 0, head, headLength, Math.max(toHead, 0));
        headLength += Math.max(toHead, 0);
        sha.update(buf, 0, n);
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      discard(temp);
      if (outOfSpace(e)) {
        throw new StorageFull(usableSpace.applyAsLong(tmp()));
      }
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      discard(temp);
      throw e;
    }
    return new Received(temp, size, HexFormat.of().formatHex(sha.digest()), head, headLength);
  }

  private static int readFrom(InputStream in, byte[] buf) {
    try {
      return in.read(buf);
    } catch (IOException e) {
      throw new CutOff(e);
    }
  }

  /** Makes a received temp file the stored original {@code name}: fsync, then atomic rename. */
  public void keep(Received received, String name) {
    Path target = originals().resolve(name);
    try {
      try (FileChannel ch = FileChannel.open(received.temp(), StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(received.temp(), target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(target.getParent()); // the rename itself survives a power cut
    } catch (IOException e) {
      discard(received.temp());
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a temp file; quiet when it is already gone. */
  public void discard(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored original's path, or null when the name is absent. */
  public Path original(String name) {
    return name == null ? null : originals().resolve(name);
  }

  /** Where the frame pack {@code name} lives (it may not exist yet). */
  public Path pack(String name) {
    return dir("media/packs").resolve(name);
  }

  /** Where the thumbnail of the pack {@code packName} lives. */
  public Path thumbnail(String packName) {
    return dir("media/thumbs").resolve(packName.replace(".pack", ".png"));
  }

  /** Deletes a pack and its thumbnail once no item uses them; failures are logged. */
  public void deletePackQuietly(String packName) {
    if (packName == null) {
      return;
    }
    try {
      Files.deleteIfExists(pack(packName));
      Files.deleteIfExists(thumbnail(packName));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete pack " + packName + "; cleanup will retry", e);
    }
  }

  /** Deletes a stored original after its row is gone; a failure is logged, cleanup retries. */
  public void deleteOriginalQuietly(String name) {
    try {
      deleteOriginal(name);
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, "could not delete original " + name + "; cleanup will retry", e);
    }
  }

  /** Deletes a stored original; true when a file was removed. */
  public boolean deleteOriginal(String name) {
    try {
      return name != null && Files.deleteIfExists(originals().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes originals no index row names and temp files older than {@code tempAge}.
   *
   * @return how many files were removed
   */
  public int removeOrphans(Set<String> known, Duration tempAge) {
    int removed = 0;
    for (Path p : list(originals())) {
      if (!known.contains(p.getFileName().toString()) && quietDelete(p)) {
        removed++;
      }
    }
    Instant cutoff = Instant.now().minus(tempAge);
    for (Path p : list(tmp())) {
      if (modified(p).isBefore(cutoff) && quietDelete(p)) {
        removed++;
      }
    }
    return removed;
  }

  /**
   * Makes a rename or delete in {@code dir} durable before the index commits what refers to it
   * (Linux: fsync on the directory; quiet where a platform cannot open directories).
   */
  public static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      LOG.log(Level.FINE, "cannot fsync directory " + dir, e);
    }
  }

  /**
   * File names in {@code media/originals}, {@code media/packs} or {@code media/thumbs}, without
   * the {@code .part} files of writes in progress.
   */
  public java.util.Set<String> names(String mediaDir) {
    java.util.Set<String> out = new java.util.HashSet<>();
    list(dir("media/" + mediaDir)).stream().map(p -> p.getFileName().toString())
        .filter(n -> !n.endsWith(".part")).forEach(out::add);
    return out;
  }

  /** Deletes one file of {@code media/<mediaDir>}; true when it was there. */
  public boolean delete(String mediaDir, String name) {
    return quietDelete(dir("media/" + mediaDir).resolve(name));
  }

  /**
   * At start, before anything writes: deletes every half-written file a crash can leave (uploads
   * still streaming to {@code tmp/}, packs and thumbnails still under their {@code .part} name).
   *
   * @return how many were removed
   */
  public int sweepTemp() {
    int removed = 0;
    for (Path p : list(tmp())) {
      removed += quietDelete(p) ? 1 : 0;
    }
    for (String d : List.of("media/packs", "media/thumbs")) {
      for (Path p : list(dir(d))) {
        if (p.getFileName().toString().endsWith(".part") && quietDelete(p)) {
          removed++;
        }
      }
    }
    return removed;
  }

  /** Draws the thumbnail of a pack again (atomically); false when the pack cannot be read. */
  public boolean writeThumbnail(String packName) {
    try {
      FramePack pack = FramePack.open(pack(packName));
      ThumbnailRenderer.writeThumbnail(pack.frame(0), pack.geometry().width(),
          pack.geometry().height(), thumbnail(packName));
      return true;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "no thumbnail for " + packName, e);
      return false;
    }
  }

  Path originals() {
    return dir("media/originals");
  }

  Path tmp() {
    return dir("tmp");
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(Path.of(dataDir).toAbsolutePath().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path newTemp() {
    try {
      return Files.createTempFile(tmp(), "upload-", ".part");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isRegularFile)) {
      ds.forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.now();
    }
  }

  private static boolean quietDelete(Path p) {
    try {
      return Files.deleteIfExists(p);
    } catch (IOException e) {
      return false;
    }
  }
}
