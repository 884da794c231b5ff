package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.media;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegFrameTest {

  /** The fixture's bytes with its SOF0 marker changed to {@code marker}. */
  static byte[] withFrameMarker(int marker) throws IOException {
    byte[] bytes = Files.readAllBytes(media("jpeg_baseline.jpg"));
    for (int i = 2; i < bytes.length - 1; i++) {
      if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
        bytes[i + 1] = (byte) marker;
        return bytes;
      }
    }
    throw new IllegalStateException("no SOF0");
  }

  @Test
  void aBaselineFrameHeaderIsRead() throws IOException {
    // when
    JpegFrame cut = JpegFrame.read(media("jpeg_baseline.jpg")).orElseThrow();

    // then
    assertEquals(0xC0, cut.marker());
    assertEquals(640, cut.width());
    assertEquals(480, cut.height());
    assertArrayEquals(new int[] {2, 1, 1}, cut.hSampling());
    assertArrayEquals(new int[] {2, 1, 1}, cut.vSampling());
    assertTrue(cut.supported());
    assertFalse(cut.progressive());
  }

  @Test
  void aProgressiveFrameCountsItsCoefficientBuffer() throws IOException {
    // given 640×480 at 4:2:0: 80×60 luma blocks + 2 × 40×30 chroma blocks, 128 bytes each

    // when
    JpegFrame cut = JpegFrame.read(media("jpeg_progressive.jpg")).orElseThrow();

    // then
    assertTrue(cut.progressive());
    assertEquals("progressive", cut.process());
    assertEquals((80 * 60 + 2 * 40 * 30) * 128L, cut.coefficientBytes());
  }

  @Test
  void arithmeticAndLosslessCodingAreNotSupported(@TempDir Path dir) throws IOException {
    Path arithmetic = PictureFixtures.write(dir, "a.jpg", withFrameMarker(0xC9));
    Path lossless = PictureFixtures.write(dir, "l.jpg", withFrameMarker(0xC3));

    JpegFrame sof9 = JpegFrame.read(arithmetic).orElseThrow();
    JpegFrame sof3 = JpegFrame.read(lossless).orElseThrow();

    assertFalse(sof9.supported());
    assertEquals("arithmetic-coded (SOF9)", sof9.process());
    assertFalse(sof3.supported());
    assertEquals("lossless (SOF3)", sof3.process());
  }

  @Test
  void aFileWithoutFrameHeaderHasNone() throws IOException {
    assertEquals(Optional.empty(), JpegFrame.read(media("png_tiny_8x8.png")));
  }
}
