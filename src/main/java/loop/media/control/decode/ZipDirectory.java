package loop.media.control.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import loop.media.entity.MediaRefused;

/**
 * The central directory of a ZIP file, read from its bytes before anything is inflated, for what
 * {@link java.util.zip.ZipEntry} does not expose: the Unix mode bits, the encryption flags and
 * where each entry's data lies. Refuses split and ZIP64 archives (a frames ZIP is far below 4 GiB),
 * more entries than allowed, a directory that does not add up, local headers that name a different
 * file than the directory, and entries whose data overlap (the trick behind "overlapping" zip
 * bombs).
 */
final class ZipDirectory {

  /**
   * One central-directory record.
   *
   * @param flags the general purpose bit flags (bit 0: encrypted, bit 6: strong encryption)
   * @param method 0 stored, 8 deflate, anything else unsupported
   * @param size the declared uncompressed size in bytes
   * @param externalAttributes the high 16 bits hold the Unix mode when made on Unix
   */
  record Entry(
      String name,
      int flags,
      int method,
      long crc,
      long compressedSize,
      long size,
      long externalAttributes,
      long localOffset) {

    boolean encrypted() {
      return (flags & 0x41) != 0;
    }

    /** The Unix file type bits ({@code S_IFMT}): 0x8000 file, 0x4000 dir, 0xA000 link, 0 none. */
    int unixType() {
      return (int) (externalAttributes >>> 16) & 0xF000;
    }
  }

  static final String NOT_A_ZIP = "This file is not a ZIP archive, or it is damaged.";
  static final String DAMAGED = "This ZIP's table of contents is damaged.";

  private static final int END_SIZE = 22;
  private static final int END_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int ENTRY_SIG = 0x02014b50;
  private static final int LOCAL_SIG = 0x04034b50;
  private static final long MAX_U32 = 0xFFFFFFFFL;

  /** Directory bytes allowed per entry: 46 fixed, a name of at most 255, extras. */
  private static final int MAX_ENTRY_BYTES = 1024;

  private ZipDirectory() {}

  /** The entries of {@code file}, checked as the class describes; at most {@code maxEntries}. */
  static List<Entry> read(Path file, int maxEntries) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long end = findEnd(channel);
      ByteBuffer record = readAt(channel, end, END_SIZE);
      int count = checkEnd(channel, record, end, maxEntries);
      long size = u32(record, 12);
      long offset = u32(record, 16);
      if (offset + size != end || size > (long) count * MAX_ENTRY_BYTES) {
        throw new MediaRefused(DAMAGED);
      }
      List<Entry> entries = parse(readAt(channel, offset, (int) size), count);
      checkLocalHeaders(channel, entries, offset);
      return entries;
    }
  }

  /** The position of the end record: the last signature whose comment reaches the file end. */
  private static long findEnd(FileChannel channel) throws IOException {
    long length = channel.size();
    int tail = (int) Math.min(length, END_SIZE + 0xFFFF);
    ByteBuffer buf = readAt(channel, length - tail, tail);
    for (int i = tail - END_SIZE; i >= 0; i--) {
      if (buf.getInt(i) == END_SIG && i + END_SIZE + u16(buf, i + 20) == tail) {
        return length - tail + i;
      }
    }
    throw new MediaRefused(NOT_A_ZIP);
  }

  private static int checkEnd(FileChannel channel, ByteBuffer end, long at, int maxEntries)
      throws IOException {
    int count = u16(end, 10);
    if (u16(end, 4) != 0 || u16(end, 6) != 0 || u16(end, 8) != count) {
      throw new MediaRefused("This ZIP is split into parts; upload it as one file.");
    }
    boolean zip64 = at >= 20 && readAt(channel, at - 20, 4).getInt(0) == ZIP64_LOCATOR_SIG;
    if (zip64 || count == 0xFFFF || u32(end, 12) == MAX_U32 || u32(end, 16) == MAX_U32) {
      throw zip64();
    }
    if (count > maxEntries) {
      throw new MediaRefused(
          "This ZIP holds " + count + " files; a frames ZIP may hold at most " + maxEntries + ".");
    }
    return count;
  }

  private static List<Entry> parse(ByteBuffer cd, int count) {
    List<Entry> entries = new ArrayList<>(count);
    int p = 0;
    for (int i = 0; i < count; i++) {
      if (p + 46 > cd.limit() || cd.getInt(p) != ENTRY_SIG) {
        throw new MediaRefused(DAMAGED);
      }
      int next = p + 46 + u16(cd, p + 28) + u16(cd, p + 30) + u16(cd, p + 32);
      if (next > cd.limit()) {
        throw new MediaRefused(DAMAGED);
      }
      entries.add(entry(cd, p));
      p = next;
    }
    if (p != cd.limit()) {
      throw new MediaRefused(DAMAGED);
    }
    return entries;
  }

  private static Entry entry(ByteBuffer cd, int p) {
    long csize = u32(cd, p + 20);
    long size = u32(cd, p + 24);
    long offset = u32(cd, p + 42);
    if (csize == MAX_U32 || size == MAX_U32 || offset == MAX_U32 || u16(cd, p + 34) == 0xFFFF) {
      throw zip64();
    }
    if (u16(cd, p + 34) != 0) {
      throw new MediaRefused("This ZIP is split into parts; upload it as one file.");
    }
    byte[] name = new byte[u16(cd, p + 28)];
    cd.get(p + 46, name);
    return new Entry(
        text(name),
        u16(cd, p + 8),
        u16(cd, p + 10),
        u32(cd, p + 16),
        csize,
        size,
        u32(cd, p + 38),
        offset);
  }

  /**
   * Each local header must carry the directory's name, and the entries' data ranges must lie before
   * the directory without overlapping.
   */
  private static void checkLocalHeaders(FileChannel channel, List<Entry> entries, long cdOffset)
      throws IOException {
    long previousEnd = 0;
    List<Entry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(Entry::localOffset));
    for (Entry e : byOffset) {
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      if (e.localOffset() < previousEnd || e.localOffset() + 30 + name.length > cdOffset) {
        throw overlap();
      }
      ByteBuffer local = readAt(channel, e.localOffset(), 30 + name.length);
      byte[] localName = new byte[u16(local, 26)];
      local.get(30, localName, 0, Math.min(localName.length, name.length));
      if (local.getInt(0) != LOCAL_SIG || !Arrays.equals(name, localName)) {
        throw new MediaRefused(DAMAGED);
      }
      previousEnd = e.localOffset() + 30 + name.length + u16(local, 28) + e.compressedSize();
      if (previousEnd > cdOffset) {
        throw overlap();
      }
    }
  }

  private static MediaRefused overlap() {
    return new MediaRefused(
        "This ZIP's entries overlap each other, a zip-bomb trick; it is " + "refused.");
  }

  private static MediaRefused zip64() {
    return new MediaRefused("This ZIP uses ZIP64 extensions, which a frames ZIP never needs.");
  }

  private static String text(byte[] name) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(name));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new MediaRefused("This ZIP has a file name that is not valid text.");
    }
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new MediaRefused(NOT_A_ZIP);
      }
    }
    return buf.flip();
  }

  private static int u16(ByteBuffer buf, int at) {
    return Short.toUnsignedInt(buf.getShort(at));
  }

  private static long u32(ByteBuffer buf, int at) {
    return Integer.toUnsignedLong(buf.getInt(at));
  }
}
