package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.at;
import static loop.media.control.decode.PictureFixtures.ihdr;
import static loop.media.control.decode.PictureFixtures.media;
import static loop.media.control.decode.PictureFixtures.near;
import static loop.media.control.decode.PictureFixtures.png;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DeflaterOutputStream;
import loop.media.control.decode.StillImageDecoder.Still;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bombs, impossible sizes, memory budgets and large pictures decoded subsampled. */
class StillImageDecoderLimitsTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);

  StillImageDecoder cut = new StillImageDecoder();

  @TempDir
  Path dir;

  static ConversionSpec maxPixels(long pixels) {
    return new ConversionSpec(320, 240, FitMode.FIT, pixels, 3000, 120);
  }

  @Test
  void aPngClaimingTenGigapixelsIsRefusedFromItsHeader() throws IOException {
    // given a 45-byte PNG whose IHDR (valid CRC) claims 100000×100000 and that has no image
    // data: only a refusal from the header can name the size; decoding would fail otherwise
    Path bomb = PictureFixtures.write(dir, "bomb.png", png(ihdr(100_000, 100_000, 8, 2)));

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(bomb, ConversionSpec.defaults()));

    // then
    assertEquals("The PNG is 100000×100000 = 10,000,000,000 pixels, more than the 50,000,000"
        + " pixels Loop decodes; it was refused before decoding.", refused.getMessage());
  }

  @Test
  void theLimitIsTheSpecsMaxPixels() throws IOException {
    // given png_palette.png, 320×240 = 76,800 pixels

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(media("png_palette.png"), maxPixels(76_799)));
    Still allowed = cut.decode(media("png_palette.png"), maxPixels(76_800));

    // then
    assertTrue(refused.getMessage().contains("76,800 pixels, more than the 76,799"),
        refused.getMessage());
    assertEquals(LANDSCAPE, allowed.geometry());
  }

  @Test
  void aPngOfZeroWidthIsRefused() throws IOException {
    Path empty = PictureFixtures.write(dir, "zero.png", png(ihdr(0, 10, 8, 2)));

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(empty, ConversionSpec.defaults()));

    assertTrue(refused.getMessage().startsWith("The PNG "), refused.getMessage());
    assertTrue(refused.getMessage().contains("width <= 0"), refused.getMessage());
  }

  @Test
  void aJpegOfZeroHeightIsRefusedAsImpossible() throws IOException {
    // given the baseline fixture with its frame header's line count set to 0
    byte[] bytes = JpegFrameTest.withFrameMarker(0xC0);
    int sof = indexOf(bytes, 0xFF, 0xC0);
    bytes[sof + 5] = 0;
    bytes[sof + 6] = 0;
    Path file = PictureFixtures.write(dir, "h0.jpg", bytes);

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(file, ConversionSpec.defaults()));

    // then
    assertEquals("The JPEG declares an impossible size of 640×0 pixels.", refused.getMessage());
  }

  @Test
  void aLargePngIsDecodedSubsampled() throws IOException {
    // given a 6000×4000 PNG (24 MP): quadrants red | lime over blue | white
    Path large = largeQuadrantPng(6000, 4000);

    // when
    Still still = cut.decode(large, ConversionSpec.defaults());

    // then: every 10th pixel (600×400), fitted to 320×213 at rows 13-225
    assertEquals(10, still.plan().subsampling());
    assertEquals(600, still.plan().decodedWidth());
    assertEquals(400, still.plan().decodedHeight());
    assertEquals(LANDSCAPE, still.geometry());
    byte[] f = still.frame();
    assertEquals(0x0000, at(f, LANDSCAPE, 160, 5));
    assertEquals(0xF800, at(f, LANDSCAPE, 80, 60));
    assertEquals(0x07E0, at(f, LANDSCAPE, 240, 60));
    assertEquals(0x001F, at(f, LANDSCAPE, 80, 180));
    assertEquals(0xFFFF, at(f, LANDSCAPE, 240, 180));
    assertEquals(0x0000, at(f, LANDSCAPE, 160, 234));
  }

  @Test
  void aLargeJpegIsDecodedSubsampled() throws IOException {
    // given a 1600×1200 JPEG of the same quadrants
    byte[] jpeg = PictureFixtures.jpeg(PictureFixtures.rgb(1600, 1200,
        (x, y) -> y < 600 ? (x < 800 ? 0xFF0000 : 0x00FF00) : (x < 800 ? 0x0000FF : 0xFFFFFF)));
    Path file = PictureFixtures.write(dir, "large.jpg", jpeg);

    // when
    Still still = cut.decode(file, ConversionSpec.defaults());

    // then
    assertEquals(3, still.plan().subsampling());
    assertEquals(LANDSCAPE, still.geometry());
    assertTrue(near(at(still.frame(), LANDSCAPE, 80, 60), 0xFF0000, 16));
    assertTrue(near(at(still.frame(), LANDSCAPE, 240, 60), 0x00FF00, 16));
    assertTrue(near(at(still.frame(), LANDSCAPE, 80, 180), 0x0000FF, 16));
    assertTrue(near(at(still.frame(), LANDSCAPE, 240, 180), 0xFFFFFF, 16));
  }

  @Test
  void aProgressiveJpegOverItsCoefficientBudgetIsRefusedBeforeDecoding() throws IOException {
    // given a budget below the progressive fixture's 921,600-byte coefficient buffer
    cut.budget.progressiveBytes = 900_000;

    // when
    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(media("jpeg_progressive.jpg"), ConversionSpec.defaults()));
    Still baseline = cut.decode(media("jpeg_baseline.jpg"), ConversionSpec.defaults());

    // then
    assertTrue(refused.getMessage().startsWith("The progressive JPEG is 640×480 pixels and can"
        + " only be decoded whole"), refused.getMessage());
    assertEquals(LANDSCAPE, baseline.geometry());
  }

  @Test
  void aWebpOverTheHeapBudgetIsRefusedBeforeDecoding() {
    // given a heap share below the lossy fixture's 160×120 bytes
    cut.budget.heapBytes = 19_199;

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(media("webp_static_lossy.webp"), ConversionSpec.defaults()));

    assertTrue(refused.getMessage().startsWith("The WebP is 160×120 pixels and can only be"
        + " decoded whole"), refused.getMessage());
  }

  @Test
  void anArithmeticCodedJpegIsRefusedByName() throws IOException {
    Path file = PictureFixtures.write(dir, "a.jpg", JpegFrameTest.withFrameMarker(0xC9));

    MediaRefused refused = assertThrows(MediaRefused.class,
        () -> cut.decode(file, ConversionSpec.defaults()));

    assertEquals("The JPEG is arithmetic-coded (SOF9), a kind of JPEG Loop cannot read; save it"
        + " as an ordinary (baseline) JPEG.", refused.getMessage());
  }

  /** Streams an RGB PNG of four solid quadrants; the rows compress to almost nothing. */
  Path largeQuadrantPng(int width, int height) throws IOException {
    Path file = dir.resolve("large.png");
    Path data = dir.resolve("idat.bin");
    try (OutputStream z = new DeflaterOutputStream(Files.newOutputStream(data))) {
      byte[] top = quadrantRow(width, 0xFF0000, 0x00FF00);
      byte[] bottom = quadrantRow(width, 0x0000FF, 0xFFFFFF);
      for (int y = 0; y < height; y++) {
        z.write(y < height / 2 ? top : bottom);
      }
    }
    byte[] compressed = Files.readAllBytes(data);
    Files.write(file, png(ihdr(width, height, 8, 2), PictureFixtures.chunk("IDAT", compressed)));
    return file;
  }

  static byte[] quadrantRow(int width, int left, int right) {
    ByteBuffer row = ByteBuffer.allocate(1 + width * 3).put((byte) 0);
    for (int x = 0; x < width; x++) {
      int c = x < width / 2 ? left : right;
      row.put((byte) (c >> 16)).put((byte) (c >> 8)).put((byte) c);
    }
    return row.array();
  }

  static int indexOf(byte[] bytes, int first, int second) {
    for (int i = 0; i < bytes.length - 1; i++) {
      if ((bytes[i] & 0xFF) == first && (bytes[i + 1] & 0xFF) == second) {
        return i;
      }
    }
    throw new IllegalStateException("marker not found");
  }
}
