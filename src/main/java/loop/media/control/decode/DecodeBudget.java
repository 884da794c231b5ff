package loop.media.control.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import loop.media.entity.MediaRefused;
import org.w3c.dom.NodeList;

/**
 * Refuses, before decoding, the pictures a reader could only decode at full size and that would
 * not fit in memory that way. Subsampling keeps PNG and baseline JPEG small whatever their size
 * (a 48-MP JPEG decodes in under 3 MB of heap), but two kinds ignore it internally:
 *
 * <ul>
 *   <li>Progressive JPEG: libjpeg (inside the JDK reader) keeps every DCT coefficient of the
 *       picture in native memory, outside the Java heap: about 3 bytes per pixel for 4:2:0, so
 *       150 MB for 48 MP. Limited to {@link #PROGRESSIVE_JPEG_BYTES}.
 *   <li>WebP: TwelveMonkeys 3.14 decodes the whole picture before subsampling, on the heap.
 *       Measured: lossless needs about 4 bytes per pixel (an ARGB array), lossy about 1. Limited
 *       to a quarter of the maximum heap, the share one decode may take (16 MiB at the
 *       device's -Xmx64m, where running out of heap ends the server).
 * </ul>
 *
 * It also refuses JPEG coding processes the JDK decoder does not read, and animated WebP.
 */
final class DecodeBudget {

  /** Native memory one progressive JPEG may take for its coefficients: 48 MiB (16 MP at 4:2:0). */
  static final long PROGRESSIVE_JPEG_BYTES = 48L << 20;

  long heapBytes = Runtime.getRuntime().maxMemory() / 4;
  long progressiveBytes = PROGRESSIVE_JPEG_BYTES;

  /** Refuses a JPEG the decoder cannot read or could read only with too much native memory. */
  void checkJpeg(Path file, int width, int height) throws IOException {
    Optional<JpegFrame> header = JpegFrame.read(file);
    if (header.isEmpty()) {
      return; // no frame header before the scan: the reader says what is wrong
    }
    JpegFrame frame = header.get();
    if (!frame.supported()) {
      throw new MediaRefused("The JPEG is " + frame.process()
          + ", a kind of JPEG Loop cannot read; save it as an ordinary (baseline) JPEG.");
    }
    if (frame.progressive() && frame.coefficientBytes() > progressiveBytes) {
      throw tooLarge("progressive JPEG", width, height, frame.coefficientBytes(),
          progressiveBytes, "save it as a baseline JPEG or smaller");
    }
  }

  /** Refuses an animated WebP, and a still one too large to decode whole. */
  void checkWebp(ImageReader reader, int width, int height) throws IOException {
    int frames = reader.getNumImages(true);
    if (frames > 1) {
      throw new MediaRefused("The WebP is animated (" + frames
          + " frames); it is not a still picture.");
    }
    boolean lossless = lossless(reader);
    long bytes = (long) width * height * (lossless ? 4 : 1);
    if (bytes > heapBytes) {
      throw tooLarge(lossless ? "lossless WebP" : "WebP", width, height, bytes, heapBytes,
          "a smaller copy will work");
    }
  }

  private static boolean lossless(ImageReader reader) throws IOException {
    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0)
        .getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    NodeList nodes = root.getElementsByTagName("Lossless");
    return nodes.getLength() > 0
        && "TRUE".equalsIgnoreCase(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
  }

  private static MediaRefused tooLarge(String kind, int width, int height, long bytes,
      long limit, String advice) {
    return new MediaRefused(String.format(Locale.ROOT,
        "The %s is %d×%d pixels and can only be decoded whole, which would take %,d MiB of"
            + " memory, more than the %,d MiB Loop allows; %s.",
        kind, width, height, mebibytes(bytes), limit >> 20, advice));
  }

  private static long mebibytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
