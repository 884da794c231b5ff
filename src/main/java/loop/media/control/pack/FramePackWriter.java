package loop.media.control.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import loop.media.entity.Geometry;

/**
 * Writes a frame pack ({@link FramePackFormat}) as frames arrive: frames stream into a temp file
 * next to the target; {@link #finish} writes the header and duration table, fsyncs and renames
 * atomically. Until then nothing exists under the target name; {@link #close} without finish
 * deletes the temp file.
 */
public final class FramePackWriter implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Geometry geometry;
  private final int capacity;
  private final FileChannel channel;
  private final int[] durations;
  private final CRC32 crc = new CRC32();
  private int count;
  private boolean finished;

  /**
   * @param target the final path of the pack
   * @param geometry frame size
   * @param capacity the most frames this pack may hold (the frame cap)
   */
  public FramePackWriter(Path target, Geometry geometry, int capacity) throws IOException {
    this.target = target;
    this.temp = target.resolveSibling(target.getFileName() + ".part");
    this.geometry = geometry;
    this.capacity = capacity;
    this.durations = new int[capacity];
    Files.createDirectories(target.toAbsolutePath().getParent());
    this.channel = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    channel.position(FramePackFormat.framesOffset(capacity));
  }

  /** Appends one RGB565 frame ({@code geometry.frameBytes()} bytes) shown for {@code ms}. */
  public void append(byte[] rgb565, int ms) throws IOException {
    if (count == capacity) {
      throw new IllegalStateException("pack is full: " + capacity + " frames");
    }
    ByteBuffer frame = ByteBuffer.wrap(rgb565, 0, geometry.frameBytes());
    crc.update(rgb565, 0, geometry.frameBytes());
    while (frame.hasRemaining()) {
      channel.write(frame);
    }
    durations[count++] = Math.max(1, ms);
  }

  /** Frames appended so far. */
  public int count() {
    return count;
  }

  /** Writes header and table, fsyncs and renames the pack into place. */
  public void finish(int loopCount) throws IOException {
    if (count == 0) {
      throw new IllegalStateException("a pack needs at least one frame");
    }
    ByteBuffer head = ByteBuffer.allocate(FramePackFormat.HEADER_BYTES + 4 * count);
    head.put(FramePackFormat.MAGIC).putShort((short) FramePackFormat.VERSION)
        .putShort((short) geometry.width()).putShort((short) geometry.height())
        .putShort((short) 2).putInt(count).putInt(loopCount)
        .putInt((int) FramePackFormat.framesOffset(capacity)).putInt(capacity)
        .putInt((int) crc.getValue()).position(FramePackFormat.HEADER_BYTES);
    for (int i = 0; i < count; i++) {
      head.putInt(durations[i]);
    }
    head.flip();
    channel.write(head, 0);
    channel.force(true);
    channel.close();
    move();
    finished = true;
  }

  private void move() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(),
        StandardOpenOption.READ)) {
      dir.force(true); // the rename survives a power cut before the index says "completed"
    } catch (IOException e) {
      // a platform that cannot open directories: the rename is still atomic
    }
  }

  /** Closes; without {@link #finish} the temp file is deleted and nothing is left. */
  @Override
  public void close() throws IOException {
    if (!finished) {
      channel.close();
      Files.deleteIfExists(temp);
    }
  }
}
