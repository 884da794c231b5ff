package loop.media.control.decode;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a GIF file, buffered and unsynchronised (GIF is read a byte or a sub-block at a
 * time). Reading past the end refuses the file as truncated: every GIF ends with its trailer
 * (GIF89a §27), so no caller ever legitimately reads past the end.
 */
final class GifInput implements Closeable {

  private final InputStream in;
  private final DecodeLimits limits;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long consumed;

  GifInput(InputStream in, DecodeLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  /** The next byte, 0–255. */
  int read() throws IOException {
    if (position == limit) {
      fill();
    }
    return buffer[position++] & 0xFF;
  }

  /** The next two bytes as an unsigned little-endian number (GIF89a §4: "Unsigned"). */
  int readShort() throws IOException {
    int low = read();
    return low | read() << 8;
  }

  /** Fills {@code into[0..length)}. */
  void readFully(byte[] into, int length) throws IOException {
    for (int done = 0; done < length; ) {
      if (position == limit) {
        fill();
      }
      int n = Math.min(length - done, limit - position);
      System.arraycopy(buffer, position, into, done, n);
      position += n;
      done += n;
    }
  }

  /** Skips {@code count} bytes. */
  void skip(int count) throws IOException {
    for (int left = count; left > 0; ) {
      if (position == limit) {
        fill();
      }
      int n = Math.min(left, limit - position);
      position += n;
      left -= n;
    }
  }

  /** Skips data sub-blocks up to and including the block terminator (GIF89a §15). */
  void skipSubBlocks() throws IOException {
    for (int size = read(); size != 0; size = read()) {
      skip(size);
    }
  }

  /** Bytes read so far from the start of the file. */
  long offset() {
    return consumed - (limit - position);
  }

  DecodeLimits limits() {
    return limits;
  }

  private void fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      throw limits.corrupt("the file ends after " + offset() + " bytes, before its trailer.");
    }
    position = 0;
    limit = n;
    consumed += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
