package loop.media.control.pack;

/**
 * The on-disk frame pack, all big-endian:
 *
 * <pre>
 *  0  8  magic "LOOPPACK"
 *  8  2  version (1)
 * 10  2  width in pixels
 * 12  2  height in pixels
 * 14  2  bytes per pixel (2: RGB565)
 * 16  4  frame count
 * 20  4  loop count (0 = forever)
 * 24  4  offset of frame 0 (a multiple of 4096, so the frames can be memory-mapped aligned)
 * 28  4  capacity of the duration table (entries)
 * 32  4  CRC-32 of all frame bytes (verified at start-up reconciliation)
 * 36 28  reserved (0)
 * 64  4n durations in ms, one per frame (capacity entries reserved)
 *  …     frames, each width × height × 2 bytes of RGB565, frame i at offset + i × frameBytes
 * </pre>
 *
 * The table is reserved up front (capacity = the frame cap) so frames stream to disk as they are
 * decoded and the header and table are written last.
 */
public final class FramePackFormat {

  static final byte[] MAGIC = {'L', 'O', 'O', 'P', 'P', 'A', 'C', 'K'};
  static final int VERSION = 1;
  static final int HEADER_BYTES = 64;
  static final int PAGE = 4096;

  private FramePackFormat() {}

  /** Where frame 0 starts for a table of {@code capacity} entries. */
  static long framesOffset(int capacity) {
    long end = HEADER_BYTES + 4L * capacity;
    return (end + PAGE - 1) / PAGE * PAGE;
  }
}
