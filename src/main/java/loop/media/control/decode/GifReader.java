package loop.media.control.decode;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import loop.media.entity.MediaRefused;

/**
 * Walks a GIF's block structure (GIF89a §17–§27) one image at a time: header and logical
 * screen, colour tables, Graphic Control and NETSCAPE2.0/ANIMEXTS1.0 loop extensions, image
 * descriptors. The image data itself is either skipped or handed to an {@link LzwDecoder}, so
 * the same walk serves the counting pass and the decoding pass.
 */
final class GifReader implements Closeable {

  private static final int EXTENSION = 0x21;
  private static final int IMAGE = 0x2C;
  private static final int TRAILER = 0x3B;
  private static final int OPAQUE_BLACK = 0xFF000000;

  private final GifInput in;
  private final int width;
  private final int height;
  private final int[] globalPalette = new int[256];
  private final int[] localPalette = new int[256];
  private final byte[] scratch = new byte[768];
  private int[] palette;
  private int loopCount = 1;
  private int images;
  private boolean dataPending;
  private boolean ended;
  private GraphicControl control = GraphicControl.NONE;
  private ImageDescriptor image;

  private GifReader(GifInput in) throws IOException {
    this.in = in;
    readSignature();
    this.width = in.readShort();
    this.height = in.readShort();
    int packed = in.read();
    in.skip(2); // background colour index (browsers clear to transparent) and aspect ratio
    readPalette(globalPalette, packed);
  }

  /** Opens {@code file} and reads its header and global colour table. */
  static GifReader open(Path file, DecodeLimits limits) throws IOException {
    GifInput in = new GifInput(Files.newInputStream(file), limits);
    try {
      return new GifReader(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Logical screen width in pixels (§18), 0–65535. */
  int width() {
    return width;
  }

  /** Logical screen height in pixels, 0–65535. */
  int height() {
    return height;
  }

  /**
   * Plays of the animation so far read: 1 without a loop extension; 0 (forever) for a NETSCAPE
   * loop count of 0; n + 1 for a loop count n, as Chromium and Firefox play it (the count is of
   * repetitions after the first play: crbug.com/592735, bugzilla.mozilla.org/1255497).
   */
  int loopCount() {
    return loopCount;
  }

  /** Images read so far; the current image's number, counting from 1. */
  int images() {
    return images;
  }

  /**
   * Reads up to the next image descriptor, skipping the previous image's data if unread.
   *
   * @return false at the trailer
   */
  boolean nextImage() throws IOException {
    if (dataPending) {
      skipImageData();
    }
    control = GraphicControl.NONE;
    while (!ended) {
      int block = in.read();
      if (block == EXTENSION) {
        readExtension();
      } else if (block == IMAGE) {
        readDescriptor();
        return true;
      } else if (block == TRAILER) {
        ended = true;
      } else {
        throw in.limits().corrupt(String.format(
            "byte 0x%02X at offset %d starts no GIF block.", block, in.offset() - 1));
      }
    }
    return false;
  }

  /** The current image's placement. */
  ImageDescriptor image() {
    return image;
  }

  /** The current image's Graphic Control Extension, or {@link GraphicControl#NONE}. */
  GraphicControl control() {
    return control;
  }

  /** The current image's colour table as 256 opaque ARGB colours (missing entries black). */
  int[] palette() {
    return palette;
  }

  /** Skips the current image's data sub-blocks. */
  void skipImageData() throws IOException {
    in.skipSubBlocks();
    dataPending = false;
  }

  /** Decodes the current image's data into {@code rows}. */
  void readImageData(LzwDecoder lzw, LzwDecoder.Rows rows) throws IOException {
    dataPending = false;
    lzw.decode(in, image, rows, images);
  }

  private void readSignature() throws IOException {
    in.readFully(scratch, 6);
    String signature = new String(scratch, 0, 6, StandardCharsets.ISO_8859_1);
    if (!signature.equals("GIF89a") && !signature.equals("GIF87a")) {
      throw new MediaRefused("The file is not a GIF: it does not start with GIF87a or GIF89a.");
    }
  }

  private void readExtension() throws IOException {
    int label = in.read();
    if (label == 0xF9) {
      control = GraphicControl.read(in);
    } else if (label == 0xFF) {
      readApplication();
    } else {
      in.skipSubBlocks(); // comment, plain text (not rendered by browsers) or unknown
    }
  }

  // NETSCAPE2.0 sub-block 1: byte 1, then the loop count as an unsigned little-endian short
  private void readApplication() throws IOException {
    int size = in.read();
    if (size != 11) {
      in.skip(size);
      if (size != 0) {
        in.skipSubBlocks();
      }
      return;
    }
    in.readFully(scratch, 11);
    String id = new String(scratch, 0, 11, StandardCharsets.ISO_8859_1);
    boolean loop = id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
    for (int sub = in.read(); sub != 0; sub = in.read()) {
      if (loop && sub >= 3) {
        readLoopBlock(sub);
      } else {
        in.skip(sub);
      }
    }
  }

  private void readLoopBlock(int size) throws IOException {
    int kind = in.read() & 7;
    int count = in.readShort();
    if (kind == 1) {
      loopCount = count == 0 ? 0 : count + 1;
    }
    in.skip(size - 3);
  }

  private void readDescriptor() throws IOException {
    int left = in.readShort();
    int top = in.readShort();
    int w = in.readShort();
    int h = in.readShort();
    int packed = in.read();
    palette = (packed & 0x80) != 0 ? localPalette : globalPalette;
    readPalette(localPalette, packed);
    int minCodeSize = in.read();
    images++;
    // §22 and Appendix F: 2-8 (1-bit pictures use 2); 12-bit codes could not hold a larger one
    if (minCodeSize < 2 || minCodeSize > 8) {
      throw in.limits().corrupt("frame " + images + " has LZW code size " + minCodeSize + ".");
    }
    image = new ImageDescriptor(left, top, w, h, (packed & 0x40) != 0, minCodeSize);
    dataPending = true;
  }

  /** Reads the colour table {@code packed} announces (§18, §20), if any, into {@code into}. */
  private void readPalette(int[] into, int packed) throws IOException {
    if ((packed & 0x80) == 0) {
      if (into == globalPalette) {
        Arrays.fill(into, OPAQUE_BLACK);
      }
      return;
    }
    int colours = 2 << (packed & 7);
    in.readFully(scratch, colours * 3);
    for (int i = 0; i < colours; i++) {
      int rgb = (scratch[i * 3] & 0xFF) << 16 | (scratch[i * 3 + 1] & 0xFF) << 8
          | scratch[i * 3 + 2] & 0xFF;
      into[i] = OPAQUE_BLACK | rgb;
    }
    Arrays.fill(into, colours, 256, OPAQUE_BLACK);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
