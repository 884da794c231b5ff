package loop.media.control.decode;

import static loop.media.control.decode.PictureFixtures.app1Exif;
import static loop.media.control.decode.PictureFixtures.at;
import static loop.media.control.decode.PictureFixtures.chunk;
import static loop.media.control.decode.PictureFixtures.exifTiff;
import static loop.media.control.decode.PictureFixtures.idat;
import static loop.media.control.decode.PictureFixtures.ihdr;
import static loop.media.control.decode.PictureFixtures.media;
import static loop.media.control.decode.PictureFixtures.near;
import static loop.media.control.decode.PictureFixtures.png;
import static loop.media.control.decode.PictureFixtures.withSegment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import loop.media.control.decode.StillImageDecoder.Still;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every EXIF orientation, with JPEGs made here: an upright 64×48 picture, white with a red
 * top-left and a blue top-right 16×16 corner, is stored turned as the EXIF table says and
 * tagged; decoded, it must be upright again (320×240, ×5).
 */
class StillImageDecoderOrientationTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);
  static final int W = 64;
  static final int H = 48;

  StillImageDecoder cut = new StillImageDecoder();

  @TempDir
  Path dir;

  /** The upright picture's colour at displayed (x, y). */
  static int upright(int x, int y) {
    if (y < 16 && x < 16) {
      return 0xFF0000;
    }
    return y < 16 && x >= W - 16 ? 0x0000FF : 0xFFFFFF;
  }

  /**
   * The stored picture for an orientation, from the EXIF table: stored row 0 runs along the
   * displayed side {@code row0}, stored column 0 along the displayed side {@code column0}.
   */
  static BufferedImage stored(String row0, String column0) {
    boolean turned = row0.equals("left") || row0.equals("right");
    int sw = turned ? H : W;
    int sh = turned ? W : H;
    return PictureFixtures.rgb(sw, sh, (sx, sy) -> {
      int along = column0.equals("left") || column0.equals("top") ? sx : sw - 1 - sx;
      int across = row0.equals("top") || row0.equals("left") ? sy : sh - 1 - sy;
      return turned ? upright(across, along) : upright(along, across);
    });
  }

  @ParameterizedTest
  @CsvSource({
    "1, top,    left",
    "2, top,    right",
    "3, bottom, right",
    "4, bottom, left",
    "5, left,   top",
    "6, right,  top",
    "7, right,  bottom",
    "8, left,   bottom",
  })
  void everyOrientationComesOutUpright(int tag, String row0, String column0)
      throws IOException {
    // given the upright picture stored for this orientation, tagged in an APP1 Exif segment
    byte[] jpeg = withSegment(PictureFixtures.jpeg(stored(row0, column0)), app1Exif(tag));
    Path file = PictureFixtures.write(dir, "o" + tag + ".jpg", jpeg);

    // when
    Still still = cut.decode(file, ConversionSpec.defaults());

    // then
    assertEquals(LANDSCAPE, still.geometry());
    assertCorner(still, 40, 40, 0xFF0000, "red top-left");
    assertCorner(still, 279, 40, 0x0000FF, "blue top-right");
    assertCorner(still, 40, 199, 0xFFFFFF, "white bottom-left");
    assertCorner(still, 279, 199, 0xFFFFFF, "white bottom-right");
  }

  @Test
  void aPngTurnedByItsExifChunkGoesPortrait() throws IOException {
    // given stored 2×1 red | blue, eXIf orientation 6: displayed 1×2, red on top
    byte[] row = {(byte) 255, 0, 0, 0, 0, (byte) 255};
    byte[] file = png(ihdr(2, 1, 8, 2), chunk("eXIf", exifTiff(6)), idat(row));

    // when
    Still still = cut.decode(PictureFixtures.write(dir, "o.png", file), ConversionSpec.defaults());

    // then: 1×2 fits 160×320 at columns 40-199
    assertEquals(PORTRAIT, still.geometry());
    assertEquals(0xF800, at(still.frame(), PORTRAIT, 120, 80));
    assertEquals(0x001F, at(still.frame(), PORTRAIT, 120, 240));
  }

  @Test
  void aWebpTurnedByItsExifChunkGoesPortrait() throws IOException {
    // given the 160×120 still WebP re-wrapped with EXIF orientation 8
    byte[] simple = Files.readAllBytes(media("webp_static_lossy.webp"));
    byte[] turned = PictureFixtures.webpWithExif(simple, 160, 120, exifTiff(8));

    // when
    Still still = cut.decode(PictureFixtures.write(dir, "o.webp", turned),
        ConversionSpec.defaults());

    // then
    assertEquals(PORTRAIT, still.geometry());
  }

  static void assertCorner(Still still, int x, int y, int rgb, String what) {
    int value = at(still.frame(), LANDSCAPE, x, y);
    assertTrue(near(value, rgb, 48), what + ": " + Integer.toHexString(value));
  }
}
