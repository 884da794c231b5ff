package loop.media.control.decode;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import loop.media.entity.MediaRefused;

/**
 * Reads one ZIP entry through {@link ZipFile}, counting: it never takes more than the declared size
 * plus one byte, so a header that lies about the size cannot make it inflate more, and it checks
 * the CRC-32 at the end ({@code ZipFile} checks neither).
 */
final class EntryReader implements Closeable {

  private final ZipDirectory.Entry entry;
  private final InputStream in;
  private final CRC32 crc = new CRC32();
  private long read;

  EntryReader(ZipFile zip, ZipDirectory.Entry entry) throws IOException {
    this.entry = entry;
    ZipEntry zipEntry = zip.getEntry(entry.name());
    if (zipEntry == null) {
      throw new MediaRefused(ZipDirectory.DAMAGED);
    }
    this.in = zip.getInputStream(zipEntry);
  }

  /** Reads exactly {@code length} more bytes; refuses when the entry ends before. */
  void readFully(byte[] buf, int offset, int length) throws IOException {
    if (read + length > entry.size()) {
      throw new IllegalStateException("reading past the declared size of " + entry.name());
    }
    int n;
    try {
      n = in.readNBytes(buf, offset, length);
    } catch (ZipException | EOFException e) {
      throw new MediaRefused(damaged(), e);
    }
    crc.update(buf, offset, n);
    read += n;
    if (n < length) {
      throw new MediaRefused(damaged());
    }
  }

  /** Reads the whole entry (callers bound its declared size first) and {@link #finish}es it. */
  byte[] readAll() throws IOException {
    byte[] all = new byte[(int) entry.size()];
    readFully(all, 0, all.length);
    finish();
    return all;
  }

  /** Refuses an entry with more data than declared, or a checksum that does not match. */
  void finish() throws IOException {
    int extra;
    try {
      extra = in.read();
    } catch (ZipException | EOFException e) {
      throw new MediaRefused(damaged(), e);
    }
    if (extra >= 0) {
      throw new MediaRefused(
          "This ZIP's "
              + FrameZipLayout.shown(entry.name())
              + " holds more "
              + "data than its header declares, a zip-bomb trick; it is refused.");
    }
    if (read != entry.size() || crc.getValue() != entry.crc()) {
      throw new MediaRefused(damaged());
    }
  }

  private String damaged() {
    return "This ZIP's " + FrameZipLayout.shown(entry.name()) + " is damaged or cut short.";
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
