package loop.media.control.decode;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A JPEG's frame header (the first SOFn segment, ITU T.81 B.2.2): its coding process and how its
 * components are sampled. Read by walking marker segments from the start of the file, without
 * decoding anything.
 *
 * @param marker the SOF marker's second byte, 0xC0–0xCF (0xC0 baseline, 0xC1 extended, 0xC2
 *     progressive; others are lossless, hierarchical or arithmetic-coded)
 * @param width samples per line
 * @param height lines (0 when a DNL segment gives them later)
 * @param hSampling each component's horizontal sampling factor, 1–4
 * @param vSampling each component's vertical sampling factor, 1–4
 */
record JpegFrame(int marker, int width, int height, int[] hSampling, int[] vSampling) {

  private static final int MAX_SEGMENTS = 4096;

  /** True for the processes the JDK's decoder reads: baseline, extended and progressive Huffman. */
  boolean supported() {
    return marker == 0xC0 || marker == 0xC1 || marker == 0xC2;
  }

  /** True for progressive Huffman coding (SOF2). */
  boolean progressive() {
    return marker == 0xC2;
  }

  /** The coding process in words, for sentences ("arithmetic-coded", "lossless", ...). */
  String process() {
    if (marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF) {
      return "lossless (SOF" + (marker - 0xC0) + ")";
    }
    if (marker >= 0xC9) {
      return "arithmetic-coded (SOF" + (marker - 0xC0) + ")";
    }
    return marker == 0xC2 ? "progressive" : marker >= 0xC5 ? "hierarchical" : "sequential";
  }

  /**
   * Bytes of the whole-picture DCT coefficient buffer a progressive decoder (libjpeg) holds:
   * 64 two-byte coefficients per 8×8 block of every component at its sampled size.
   */
  long coefficientBytes() {
    int hMax = max(hSampling);
    int vMax = max(vSampling);
    long bytes = 0;
    for (int c = 0; c < hSampling.length; c++) {
      long blocksWide = ceilDiv(ceilDiv((long) width * hSampling[c], hMax), 8);
      long blocksHigh = ceilDiv(ceilDiv((long) height * vSampling[c], vMax), 8);
      bytes += blocksWide * blocksHigh * 64 * 2;
    }
    return bytes;
  }

  /** The frame header of {@code file}; empty when there is none before the first scan. */
  static Optional<JpegFrame> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file)))) {
      if (in.readUnsignedShort() != 0xFFD8) {
        return Optional.empty();
      }
      for (int i = 0; i < MAX_SEGMENTS; i++) {
        int marker = nextMarker(in);
        if (marker < 0 || marker == 0xDA || marker == 0xD9) {
          return Optional.empty();
        }
        if (standalone(marker)) {
          continue;
        }
        int length = in.readUnsignedShort();
        if (isFrame(marker)) {
          return Optional.of(frame(marker, in));
        }
        in.skipNBytes(Math.max(0, length - 2));
      }
      return Optional.empty();
    }
  }

  /** The next marker code, skipping fill bytes (0xFF); -1 when not at a marker. */
  private static int nextMarker(DataInputStream in) throws IOException {
    if (in.readUnsignedByte() != 0xFF) {
      return -1;
    }
    int marker = in.readUnsignedByte();
    while (marker == 0xFF) {
      marker = in.readUnsignedByte();
    }
    return marker;
  }

  private static boolean standalone(int marker) {
    return marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7);
  }

  private static boolean isFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
        && marker != 0xCC;
  }

  private static JpegFrame frame(int marker, DataInputStream in) throws IOException {
    in.readUnsignedByte(); // sample precision
    int height = in.readUnsignedShort();
    int width = in.readUnsignedShort();
    int components = in.readUnsignedByte();
    int[] h = new int[components];
    int[] v = new int[components];
    for (int c = 0; c < components; c++) {
      in.readUnsignedByte(); // component id
      int sampling = in.readUnsignedByte();
      h[c] = Math.max(1, sampling >> 4);
      v[c] = Math.max(1, sampling & 0x0F);
      in.readUnsignedByte(); // quantisation table
    }
    return new JpegFrame(marker, width, height, h, v);
  }

  private static int max(int[] values) {
    int max = 1;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
