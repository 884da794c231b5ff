package loop.media.control.decode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes small GIF89a files block by block (GIF89a §17–§27) for tests. */
final class GifWriter {

  /** One image: placement, indices in natural row order, and its Graphic Control Extension. */
  static final class Frame {
    final int left;
    final int top;
    final int width;
    final int height;
    final byte[] indices;
    int disposal = -1;
    int transparent = -1;
    int delayCs;
    int[] localRgb;
    boolean interlaced;
    boolean clearWhenFull = true;
    byte[] data;
    int minCodeSize;

    Frame(int left, int top, int width, int height, byte[] indices) {
      this.left = left;
      this.top = top;
      this.width = width;
      this.height = height;
      this.indices = indices;
    }

    /** A rectangle of one colour index. */
    static Frame filled(int left, int top, int width, int height, int index) {
      byte[] indices = new byte[width * height];
      Arrays.fill(indices, (byte) index);
      return new Frame(left, top, width, height, indices);
    }

    /** Adds a Graphic Control Extension with this disposal method (0–7). */
    Frame disposal(int method) {
      disposal = method;
      return this;
    }

    Frame transparent(int index) {
      transparent = index;
      disposal = Math.max(disposal, 0);
      return this;
    }

    Frame delay(int centiseconds) {
      delayCs = centiseconds;
      disposal = Math.max(disposal, 0);
      return this;
    }

    Frame local(int... rgb) {
      localRgb = rgb;
      return this;
    }

    Frame interlaced() {
      interlaced = true;
      return this;
    }

    Frame deferredClear() {
      clearWhenFull = false;
      return this;
    }

    /** Replaces the encoded LZW data with {@code packed}, read with this minimum code size. */
    Frame data(int codeSize, byte[] packed) {
      minCodeSize = codeSize;
      data = packed;
      return this;
    }
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Header and logical screen; {@code globalRgb} (0xRRGGBB) is the global table, if any. */
  GifWriter(int width, int height, int... globalRgb) {
    ascii("GIF89a");
    shortLe(width);
    shortLe(height);
    out.write(globalRgb.length > 0 ? 0x80 | sizeBits(globalRgb.length) : 0);
    out.write(0); // background colour index
    out.write(0); // aspect ratio
    palette(globalRgb);
  }

  /** A NETSCAPE2.0 application extension with this loop count. */
  GifWriter loop(int count) {
    out.write(0x21);
    out.write(0xFF);
    out.write(11);
    ascii("NETSCAPE2.0");
    out.write(3);
    out.write(1);
    shortLe(count);
    out.write(0);
    return this;
  }

  GifWriter comment(String text) {
    out.write(0x21);
    out.write(0xFE);
    subBlocks(text.getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  GifWriter frame(Frame f) {
    if (f.disposal >= 0) {
      graphicControl(f);
    }
    out.write(0x2C);
    shortLe(f.left);
    shortLe(f.top);
    shortLe(f.width);
    shortLe(f.height);
    int local = f.localRgb == null ? 0 : 0x80 | sizeBits(f.localRgb.length);
    out.write(local | (f.interlaced ? 0x40 : 0));
    if (f.localRgb != null) {
      palette(f.localRgb);
    }
    int minCodeSize = f.data != null
        ? f.minCodeSize
        : Math.max(2, 32 - Integer.numberOfLeadingZeros(max(f.indices)));
    out.write(minCodeSize);
    byte[] rows = f.interlaced ? interlace(f.indices, f.width, f.height) : f.indices;
    byte[] data = f.data != null
        ? f.data
        : LzwEncoder.encode(rows, minCodeSize, f.clearWhenFull).data();
    subBlocks(data);
    return this;
  }

  /** Writes raw bytes (for broken files). */
  GifWriter raw(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  GifWriter raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** The file so far plus the trailer. */
  byte[] bytes() {
    return concat(out.toByteArray(), new byte[] {0x3B});
  }

  /** The file so far, without a trailer. */
  byte[] withoutTrailer() {
    return out.toByteArray();
  }

  static Path save(Path dir, byte[] gif) throws IOException {
    return Files.write(Files.createTempFile(dir, "synthetic", ".gif"), gif);
  }

  private void graphicControl(Frame f) {
    out.write(0x21);
    out.write(0xF9);
    out.write(4);
    out.write(f.disposal << 2 | (f.transparent >= 0 ? 1 : 0));
    shortLe(f.delayCs);
    out.write(Math.max(f.transparent, 0));
    out.write(0);
  }

  private void palette(int[] rgb) {
    if (rgb.length == 0) {
      return;
    }
    int entries = 2 << sizeBits(rgb.length);
    for (int i = 0; i < entries; i++) {
      int c = i < rgb.length ? rgb[i] : 0;
      out.write(c >> 16 & 0xFF);
      out.write(c >> 8 & 0xFF);
      out.write(c & 0xFF);
    }
  }

  private static int sizeBits(int colours) {
    int bits = 0;
    while (2 << bits < colours) {
      bits++;
    }
    return bits;
  }

  /** Rows in the order of the four passes of GIF89a Appendix E. */
  static byte[] interlace(byte[] indices, int width, int height) {
    byte[] out = new byte[indices.length];
    int o = 0;
    int[][] passes = {{0, 8}, {4, 8}, {2, 4}, {1, 2}};
    for (int[] pass : passes) {
      for (int y = pass[0]; y < height; y += pass[1]) {
        System.arraycopy(indices, y * width, out, o, width);
        o += width;
      }
    }
    return out;
  }

  private void subBlocks(byte[] data) {
    for (int i = 0; i < data.length; i += 255) {
      int n = Math.min(255, data.length - i);
      out.write(n);
      out.write(data, i, n);
    }
    out.write(0);
  }

  private static int max(byte[] indices) {
    int max = 1;
    for (byte b : indices) {
      max = Math.max(max, b & 0xFF);
    }
    return max;
  }

  private void ascii(String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  private void shortLe(int v) {
    out.write(v & 0xFF);
    out.write(v >> 8 & 0xFF);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
