package loop.system.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a ZIP file's central directory as it is written, duplicates included, with what {@link
 * java.util.zip.ZipFile} does not tell: whether an entry is a Unix symbolic link (PKWARE APPNOTE
 * 4.3.12: external attributes hold {@code st_mode} in the upper 16 bits when "version made by"
 * is 3). ZIP64 end records are followed.
 */
public final class ZipCentralDirectory {

  /** One central directory record. */
  public record Entry(String name, boolean symlink) {}

  /** The file is not a ZIP archive or its directory is damaged. */
  public static class Unreadable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int HEADER = 0x02014b50;
  private static final int MAX_DIRECTORY = 16 * 1024 * 1024;
  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;

  private ZipCentralDirectory() {}

  /** Every central directory entry of {@code zip}, in directory order. */
  public static List<Entry> list(Path zip) throws IOException {
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      long size = ch.size();
      int tailLength = (int) Math.min(size, 22 + 65535);
      ByteBuffer tail = read(ch, size - tailLength, tailLength);
      int at = lastSignature(tail, EOCD);
      if (at < 0) {
        throw new Unreadable("it is not a ZIP archive");
      }
      long count = tail.getShort(at + 10) & 0xffff;
      long dirSize = tail.getInt(at + 12) & 0xffffffffL;
      long dirOffset = tail.getInt(at + 16) & 0xffffffffL;
      long eocdPos = size - tailLength + at;
      if (eocdPos >= 20 && read(ch, eocdPos - 20, 20).getInt(0) == ZIP64_LOCATOR) {
        long z64 = read(ch, eocdPos - 20, 20).getLong(8);
        ByteBuffer rec = read(ch, z64, 56);
        if (rec.getInt(0) != ZIP64_EOCD) {
          throw new Unreadable("its ZIP64 directory record is damaged");
        }
        count = rec.getLong(32);
        dirSize = rec.getLong(40);
        dirOffset = rec.getLong(48);
      }
      if (dirSize > MAX_DIRECTORY || dirOffset < 0 || dirOffset + dirSize > size) {
        throw new Unreadable("its ZIP directory is damaged or too large");
      }
      return entries(read(ch, dirOffset, (int) dirSize), count);
    }
  }

  private static List<Entry> entries(ByteBuffer dir, long count) throws Unreadable {
    List<Entry> out = new ArrayList<>();
    int p = 0;
    for (long i = 0; i < count; i++) {
      if (p + 46 > dir.limit() || dir.getInt(p) != HEADER) {
        throw new Unreadable("its ZIP directory is damaged");
      }
      int madeBy = dir.getShort(p + 4) & 0xffff;
      int nameLength = dir.getShort(p + 28) & 0xffff;
      int extra = dir.getShort(p + 30) & 0xffff;
      int comment = dir.getShort(p + 32) & 0xffff;
      long external = dir.getInt(p + 38) & 0xffffffffL;
      if (p + 46 + nameLength > dir.limit()) {
        throw new Unreadable("its ZIP directory is damaged");
      }
      byte[] name = new byte[nameLength];
      dir.get(p + 46, name);
      boolean unix = (madeBy >> 8) == 3;
      boolean link = unix && ((external >>> 16) & S_IFMT) == S_IFLNK;
      out.add(new Entry(new String(name, StandardCharsets.UTF_8), link));
      p += 46 + nameLength + extra + comment;
    }
    return out;
  }

  private static int lastSignature(ByteBuffer b, int signature) {
    for (int i = b.limit() - 22; i >= 0; i--) {
      if (b.getInt(i) == signature) {
        return i;
      }
    }
    return -1;
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    if (position < 0) {
      throw new Unreadable("it is not a ZIP archive");
    }
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, position + b.position()) < 0) {
        throw new Unreadable("it is cut off");
      }
    }
    return b.flip();
  }
}
