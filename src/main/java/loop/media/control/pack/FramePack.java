package loop.media.control.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import loop.media.entity.Geometry;

/**
 * A frame pack opened for reading: the frames are memory-mapped (the OS pages them in on demand,
 * nothing is copied onto the heap) and {@link #frame} hands out read-only views.
 */
public final class FramePack implements AutoCloseable {

  /** A file that is not a complete, valid pack. */
  public static class Invalid extends IOException {
    private static final long serialVersionUID = 1L;

    public Invalid(String message) {
      super(message);
    }
  }

  private final Geometry geometry;
  private final int loopCount;
  private final int[] durations;
  private final int storedCrc;
  private final MappedByteBuffer frames;
  private final int frameBytes;

  private FramePack(Geometry g, int loopCount, int[] durations, int crc, MappedByteBuffer frames) {
    this.geometry = g;
    this.loopCount = loopCount;
    this.durations = durations;
    this.storedCrc = crc;
    this.frames = frames;
    this.frameBytes = g.frameBytes();
  }

  /** The fixed header's facts. */
  private record Header(Geometry geometry, int count, int loopCount, long offset, int crc) {

    long size() {
      return offset + (long) count * geometry.frameBytes();
    }
  }

  /** Opens and checks the header against the file size; the mapping outlives the channel. */
  public static FramePack open(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      Header h = header(ch);
      ByteBuffer table = ByteBuffer.allocate(4 * h.count());
      ch.read(table, FramePackFormat.HEADER_BYTES);
      table.flip();
      int[] durations = new int[h.count()];
      table.asIntBuffer().get(durations);
      MappedByteBuffer frames =
          ch.map(FileChannel.MapMode.READ_ONLY, h.offset(), h.size() - h.offset());
      return new FramePack(h.geometry(), h.loopCount(), durations, h.crc(), frames);
    }
  }

  /**
   * The cheap check made at every start: the header is a pack's and the file is exactly as long
   * as it says (a pack cut short or grown by a crash fails). Reads 64 bytes, maps nothing.
   *
   * @throws Invalid when it is not a complete pack
   */
  public static void checkHeader(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      Header h = header(ch);
      if (ch.size() != h.size()) {
        throw new Invalid("the file is " + ch.size() + " bytes, its header says " + h.size());
      }
    }
  }

  /**
   * The thorough check, for the background after start: the CRC-32 of all frame bytes, read in
   * 64 KB steps (nothing mapped, nothing large on the heap), against the one recorded at write.
   */
  public static boolean crcMatches(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      Header h = header(ch);
      CRC32 crc = new CRC32();
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      for (long pos = h.offset(); pos < h.size(); ) {
        buf.clear().limit((int) Math.min(buf.capacity(), h.size() - pos));
        int n = ch.read(buf, pos);
        if (n < 0) {
          return false;
        }
        buf.flip();
        crc.update(buf);
        pos += n;
      }
      return (int) crc.getValue() == h.crc();
    }
  }

  private static Header header(FileChannel ch) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(FramePackFormat.HEADER_BYTES);
    if (ch.read(head, 0) < FramePackFormat.HEADER_BYTES) {
      throw new Invalid("shorter than a pack header");
    }
    head.flip();
    byte[] magic = new byte[8];
    head.get(magic);
    if (!Arrays.equals(magic, FramePackFormat.MAGIC) || head.getShort() != FramePackFormat.VERSION) {
      throw new Invalid("not a version " + FramePackFormat.VERSION + " frame pack");
    }
    Geometry g = new Geometry(head.getShort() & 0xFFFF, head.getShort() & 0xFFFF);
    head.getShort();
    int count = head.getInt();
    int loop = head.getInt();
    long offset = head.getInt() & 0xFFFFFFFFL;
    int capacity = head.getInt();
    Header h = new Header(g, count, loop, offset, head.getInt());
    if (count <= 0 || count > capacity || offset != FramePackFormat.framesOffset(capacity)
        || ch.size() < h.size()) {
      throw new Invalid("header does not match the file (" + ch.size() + " bytes)");
    }
    return h;
  }

  public Geometry geometry() {
    return geometry;
  }

  public int frameCount() {
    return durations.length;
  }

  public int loopCount() {
    return loopCount;
  }

  /** Display duration of frame {@code i} in ms. */
  public int duration(int i) {
    return durations[i];
  }

  /** A copy of all durations in ms. */
  public int[] durations() {
    return durations.clone();
  }

  /** A read-only view of frame {@code i} (0-based): no copy, position 0, limit frameBytes. */
  public ByteBuffer frame(int i) {
    return frames.slice(i * frameBytes, frameBytes).asReadOnlyBuffer();
  }

  /**
   * A read-only view of all frames, for callers that select frames themselves without creating
   * a buffer per frame: frame i is [i × frameBytes, (i + 1) × frameBytes).
   */
  public ByteBuffer frames() {
    return frames.duplicate().clear().asReadOnlyBuffer();
  }

  /** Bytes per frame. */
  public int frameBytes() {
    return frameBytes;
  }

  /** True when the frames' CRC-32 matches the one recorded when the pack was written. */
  public boolean intact() {
    CRC32 crc = new CRC32();
    crc.update(frames.duplicate().clear());
    return (int) crc.getValue() == storedCrc;
  }

  @Override
  public void close() {
    // the mapping is released with the buffer; nothing to close explicitly on Java 17
  }
}
