package loop.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partial uploads of the tus protocol, kept as files so they survive restarts: {@code
 * uploads/<id>.part} holds the bytes received (its size is the offset) and {@code
 * uploads/<id>.info} the declared length, file name and type. One writer per upload at a time.
 * The free-space floor is checked before and every few MB while a chunk is written; {@link
 * MediaStorage.StorageFull} leaves it to the caller to remove the upload.
 */
@ApplicationScoped
public class ResumableUploads {

  /** One upload's state. */
  public record Upload(String id, long length, long offset, String filename, Instant touched) {

    public boolean complete() {
      return offset == length;
    }
  }

  /** The client's offset is not the server's (409 in tus). */
  public static class OffsetMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OffsetMismatch(long server) {
      super("The upload is at byte " + server + "; resume from there.");
    }
  }

  /** Another request is writing this upload right now (423 would do; tus clients retry 409). */
  public static class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Busy() {
      super("This upload is being written by another request; retry shortly.");
    }
  }

  /** The chunk's checksum does not match its bytes (460 in tus); nothing of it was kept. */
  public static class ChecksumMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChecksumMismatch() {
      super("The chunk's checksum does not match its bytes; send it again.");
    }
  }

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  @Inject
  @ConfigProperty(name = "loop.data.dir", defaultValue = "data")
  String dataDir;

  @Inject MediaStorage storage;

  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  /** Creates an empty upload of {@code length} bytes. */
  public Upload create(long length, String filename) {
    String id = UUID.randomUUID().toString().replace("-", "");
    Properties info = new Properties();
    info.setProperty("length", Long.toString(length));
    info.setProperty("filename", filename == null ? "" : filename);
    try {
      Files.createFile(part(id));
      Path temp = dir().resolve(id + ".info.tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        info.store(out, "tus upload");
      }
      Files.move(temp, info(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return find(id).orElseThrow();
  }

  /** The upload with this id, if it exists (malformed ids never reach the file system). */
  public Optional<Upload> find(String id) {
    if (id == null || !ID.matcher(id).matches() || !Files.exists(info(id))) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(info(id))) {
      p.load(in);
      return Optional.of(new Upload(id, Long.parseLong(p.getProperty("length")), Files.size(part(id)),
          p.getProperty("filename"), Files.getLastModifiedTime(part(id)).toInstant()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Appends a chunk at {@code offset}; returns the new offset. Bytes past the declared length
   * are refused; with a {@code digest}, the chunk is kept only when {@code expected} matches.
   */
  public long append(Upload upload, long offset, InputStream chunk, MessageDigest digest,
      byte[] expected) {
    ReentrantLock lock = locks.computeIfAbsent(upload.id(), k -> new ReentrantLock());
    if (!lock.tryLock()) {
      throw new Busy();
    }
    try (FileChannel ch = FileChannel.open(part(upload.id()), StandardOpenOption.WRITE)) {
      if (ch.size() != offset) {
        throw new OffsetMismatch(ch.size());
      }
      storage.requireSpace();
      long written = copy(chunk, ch, offset, upload.length() - offset, digest);
      if (digest != null && !MessageDigest.isEqual(digest.digest(), expected)) {
        ch.truncate(offset);
        throw new ChecksumMismatch();
      }
      ch.force(false);
      return offset + written;
    } catch (IOException e) {
      if (MediaStorage.outOfSpace(e)) {
        throw new MediaStorage.StorageFull(0);
      }
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  private long copy(InputStream in, FileChannel ch, long offset, long room,
      MessageDigest digest) throws IOException {
    ch.position(offset);
    OutputStream out = Channels.newOutputStream(ch);
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    long checked = 0;
    for (int n; (n = in.read(buf)) >= 0; ) {
      if (total + n > room) {
        ch.truncate(offset + total);
        throw new IllegalArgumentException("The chunk goes past the declared upload length.");
      }
      if (total - checked >= MediaStorage.SPACE_CHECK_BYTES) {
        storage.requireSpace();
        checked = total;
      }
      if (digest != null) {
        digest.update(buf, 0, n);
      }
      out.write(buf, 0, n);
      total += n;
    }
    return total;
  }

  /** The received bytes of a complete upload. */
  public Path bytes(Upload upload) {
    return part(upload.id());
  }

  /** Removes an upload and its bytes (termination, completion, expiry). */
  public void remove(String id) {
    try {
      Files.deleteIfExists(part(id));
      Files.deleteIfExists(info(id));
      locks.remove(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes uploads untouched for longer than {@code maxAge}; returns how many. */
  public int expire(Duration maxAge) {
    Instant cutoff = Instant.now().minus(maxAge);
    int removed = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir(), "*.info")) {
      for (Path info : ds) {
        String id = info.getFileName().toString().replace(".info", "");
        Optional<Upload> u = find(id);
        if (u.isEmpty() || u.get().touched().isBefore(cutoff)) {
          remove(id);
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  /**
   * At start: removes what a crash between the steps of {@link #create} can leave (an info file
   * still under its temp name, bytes without an info file); returns how many files went.
   */
  public int sweepStrays() {
    int removed = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir())) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        boolean stray = name.endsWith(".info.tmp")
            || name.endsWith(".part") && !Files.exists(info(name.replace(".part", "")));
        if (stray && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  /**
   * Uploads that received all their bytes but were never handed on (the device stopped between
   * the last chunk and the import): the client was told they are done, so they must become items.
   */
  public java.util.List<Upload> complete() {
    java.util.List<Upload> out = new java.util.ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir(), "*.info")) {
      for (Path info : ds) {
        find(info.getFileName().toString().replace(".info", "")).filter(Upload::complete)
            .ifPresent(out::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Path dir() {
    try {
      return Files.createDirectories(Path.of(dataDir).toAbsolutePath().resolve("uploads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path part(String id) {
    return dir().resolve(id + ".part");
  }

  private Path info(String id) {
    return dir().resolve(id + ".info");
  }
}
