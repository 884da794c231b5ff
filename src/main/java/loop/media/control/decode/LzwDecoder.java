package loop.media.control.decode;

import java.io.IOException;

/**
 * GIF's variable-length-code LZW (GIF89a Appendix F) from the image data sub-blocks (§15, §22)
 * to rows of colour indices. Codes are packed least significant bit first; the code size starts
 * at minimum code size + 1 and grows by one bit each time the next free table entry reaches the
 * current size's range, up to 12 bits. A full table (4096 entries) stays as it is until the
 * encoder sends a clear code, which it may defer indefinitely. A code beyond the next free entry
 * cannot come from an encoder and refuses the file. Strings are written straight into the row
 * from the table (each entry knows its length), so decoding allocates nothing per image once the
 * row buffer is as wide as the widest image.
 */
final class LzwDecoder {

  /** Receives decoded rows in file order (interlaced images come pass by pass). */
  interface Rows {
    /** One row: colour indices {@code indices[0..width)}, valid only during the call. */
    void row(byte[] indices, int width);
  }

  private static final int MAX_CODES = 4096;
  private static final int MAX_BITS = 12;

  private final short[] prefix = new short[MAX_CODES];
  private final byte[] suffix = new byte[MAX_CODES];
  private final byte[] first = new byte[MAX_CODES];
  private final short[] length = new short[MAX_CODES];
  private final byte[] string = new byte[MAX_CODES];
  private byte[] row = new byte[256];

  private GifInput in;
  private Rows rows;
  private int frame;
  private int clear;
  private int codeSize;
  private int avail;
  private int bits;
  private int bitCount;
  private int blockLeft;
  private boolean dataEnded;
  private int width;
  private int x;
  private int rowsLeft;

  /**
   * Decodes one image's data sub-blocks into {@code width × height} indices and leaves
   * {@code in} after the block terminator. Data past the last pixel (or past the end code) is
   * skipped unread, as browsers do.
   *
   * @param frame the image's number, from 1, for refusal sentences
   * @throws loop.media.entity.MediaRefused when a code is impossible or the data ends before
   *     the last row
   */
  void decode(GifInput in, ImageDescriptor image, Rows rows, int frame) throws IOException {
    start(in, image, rows, frame);
    int previous = -1;
    while (rowsLeft > 0) {
      int code = nextCode();
      if (code == clear) {
        reset();
        previous = -1;
      } else if (code == clear + 1 || code < 0) {
        break; // end of information (§22) or no more data
      } else {
        previous = expand(previous, code);
      }
    }
    finish();
  }

  private void start(GifInput in, ImageDescriptor image, Rows rows, int frame) {
    this.in = in;
    this.rows = rows;
    this.frame = frame;
    this.clear = 1 << image.minCodeSize();
    this.width = image.width();
    this.rowsLeft = width == 0 ? 0 : image.height();
    if (row.length < width) {
      row = new byte[width];
    }
    for (int i = 0; i < clear; i++) {
      suffix[i] = (byte) i;
      first[i] = (byte) i;
      length[i] = 1;
    }
    x = 0;
    bits = 0;
    bitCount = 0;
    blockLeft = 0;
    dataEnded = false;
    reset();
  }

  private void reset() {
    codeSize = Integer.numberOfTrailingZeros(clear) + 1;
    avail = clear + 2;
  }

  /** The next code, or -1 when the sub-blocks end. */
  private int nextCode() throws IOException {
    while (bitCount < codeSize) {
      if (blockLeft == 0) {
        blockLeft = in.read();
        if (blockLeft == 0) {
          dataEnded = true;
          return -1;
        }
      }
      bits |= in.read() << bitCount;
      bitCount += 8;
      blockLeft--;
    }
    int code = bits & (1 << codeSize) - 1;
    bits >>>= codeSize;
    bitCount -= codeSize;
    return code;
  }

  /** Writes {@code code}'s string, extends the table, and returns the code as the new previous. */
  private int expand(int previous, int code) {
    if (previous < 0 && code < clear) {
      emit(code);
    } else if (previous >= 0 && code < avail) {
      emit(code);
      add(previous, first[code]);
    } else if (previous >= 0 && code == avail && avail < MAX_CODES) {
      add(previous, first[previous]); // the string is previous + its own first byte (KwKwK)
      emit(code);
    } else {
      throw in.limits().corrupt("the picture data of frame " + frame + " is not valid LZW (code "
          + code + " where at most " + (previous < 0 ? clear - 1 : avail) + " is possible).");
    }
    return code;
  }

  private void add(int previous, byte next) {
    if (avail == MAX_CODES) {
      return;
    }
    prefix[avail] = (short) previous;
    suffix[avail] = next;
    first[avail] = first[previous];
    length[avail] = (short) (length[previous] + 1);
    avail++;
    if (avail == 1 << codeSize && codeSize < MAX_BITS) {
      codeSize++;
    }
  }

  private void emit(int code) {
    int n = length[code];
    if (x + n > width) {
      spill(code, n);
      return;
    }
    for (int i = x + n - 1, c = code; i >= x; i--) {
      row[i] = suffix[c];
      c = prefix[c];
    }
    x += n;
    if (x == width) {
      flush();
    }
  }

  /** A string that runs past the row's end: unpack it, then copy it out row by row. */
  private void spill(int code, int n) {
    for (int i = n - 1, c = code; i >= 0; i--) {
      string[i] = suffix[c];
      c = prefix[c];
    }
    for (int i = 0; i < n && rowsLeft > 0; ) {
      int k = Math.min(n - i, width - x);
      System.arraycopy(string, i, row, x, k);
      x += k;
      i += k;
      if (x == width) {
        flush();
      }
    }
  }

  private void flush() {
    rows.row(row, width);
    x = 0;
    rowsLeft--;
  }

  private void finish() throws IOException {
    if (rowsLeft > 0) {
      throw in.limits().corrupt(
          "the picture data of frame " + frame + " stops before the frame is complete.");
    }
    if (!dataEnded) {
      in.skip(blockLeft);
      in.skipSubBlocks();
    }
  }
}
