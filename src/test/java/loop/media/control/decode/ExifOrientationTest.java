package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifOrientationTest {

  static final int W = 3;
  static final int H = 2;

  /** The displayed corner on the two given sides, as an index of the displayed picture. */
  static int corner(String side1, String side2, int displayedW, int displayedH) {
    String sides = side1 + "," + side2;
    int x = sides.contains("left") ? 0 : displayedW - 1;
    int y = sides.contains("top") ? 0 : displayedH - 1;
    return y * displayedW + x;
  }

  static String opposite(String side) {
    return switch (side) {
      case "top" -> "bottom";
      case "bottom" -> "top";
      case "left" -> "right";
      default -> "left";
    };
  }

  /** The EXIF 2.3 table: which displayed side stored row 0 and stored column 0 lie along. */
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
  void storedCornersLandWhereTheExifTableSays(int tag, String row0, String column0) {
    // given a stored 3×2 picture with this orientation
    ExifOrientation cut = ExifOrientation.of(tag);
    int dw = cut.displayedWidth(W, H);
    int dh = cut.displayedHeight(W, H);

    // when / then
    assertEquals(tag, cut.tag());
    assertEquals(row0.equals("left") || row0.equals("right") ? 2 : 3, dw);
    assertEquals(corner(row0, column0, dw, dh), cut.displayedIndex(0, 0, W, H));
    assertEquals(corner(row0, opposite(column0), dw, dh), cut.displayedIndex(W - 1, 0, W, H));
    assertEquals(corner(opposite(row0), column0, dw, dh), cut.displayedIndex(0, H - 1, W, H));
    assertEquals(corner(opposite(row0), opposite(column0), dw, dh),
        cut.displayedIndex(W - 1, H - 1, W, H));
  }

  @Test
  void everyStoredPixelLandsOnADistinctDisplayedPixel() {
    for (ExifOrientation cut : ExifOrientation.values()) {
      boolean[] hit = new boolean[W * H];
      for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
          hit[cut.displayedIndex(x, y, W, H)] = true;
        }
      }
      for (boolean h : hit) {
        assertEquals(true, h, cut.name());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"0", "9", "-1", "65535"})
  void tagsOutsideOneToEightAreNormal(int tag) {
    assertEquals(ExifOrientation.NORMAL, ExifOrientation.of(tag));
  }
}
