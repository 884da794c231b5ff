package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;

class FrameScalerTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);

  static int at(byte[] frame, Geometry g, int x, int y) {
    int o = (y * g.width() + x) * 2;
    return ((frame[o] & 0xFF) << 8) | (frame[o + 1] & 0xFF);
  }

  /** An 8×8 picture of four 4×4 quadrants: red | lime over blue | white. */
  static int[] quadrants() {
    int[] p = new int[64];
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        p[y * 8 + x] = y < 4 ? (x < 4 ? 0xFFFF0000 : 0xFF00FF00) : (x < 4 ? 0xFF0000FF : 0xFFFFFFFF);
      }
    }
    return p;
  }

  @Test
  void aSquareFitsCentredWithBarsAndExactQuadrants() {
    FrameScaler cut = new FrameScaler(8, 8, LANDSCAPE, FitMode.FIT);
    byte[] out = new byte[LANDSCAPE.frameBytes()];

    cut.scale(quadrants(), out);

    assertEquals(0x0000, at(out, LANDSCAPE, 39, 120));
    assertEquals(0xF800, at(out, LANDSCAPE, 40, 0));
    assertEquals(0xF800, at(out, LANDSCAPE, 159, 119));
    assertEquals(0x07E0, at(out, LANDSCAPE, 160, 0));
    assertEquals(0x001F, at(out, LANDSCAPE, 40, 120));
    assertEquals(0xFFFF, at(out, LANDSCAPE, 279, 239));
    assertEquals(0x0000, at(out, LANDSCAPE, 280, 120));
  }

  @Test
  void aWidePictureLetterboxes() {
    int[] wide = new int[1000 * 100];
    Arrays.fill(wide, 0xFFFFFFFF);
    FrameScaler cut = new FrameScaler(1000, 100, LANDSCAPE, FitMode.FIT);
    byte[] out = new byte[LANDSCAPE.frameBytes()];

    cut.scale(wide, out);

    assertEquals(0x0000, at(out, LANDSCAPE, 160, 103));
    assertEquals(0xFFFF, at(out, LANDSCAPE, 160, 104));
    assertEquals(0xFFFF, at(out, LANDSCAPE, 160, 135));
    assertEquals(0x0000, at(out, LANDSCAPE, 160, 136));
  }

  @Test
  void cropFillsTheWholeFrame() {
    int[] wide = new int[1000 * 100];
    Arrays.fill(wide, 0xFF0000FF);
    FrameScaler cut = new FrameScaler(1000, 100, LANDSCAPE, FitMode.CROP);
    byte[] out = new byte[LANDSCAPE.frameBytes()];

    cut.scale(wide, out);

    assertEquals(0x001F, at(out, LANDSCAPE, 0, 0));
    assertEquals(0x001F, at(out, LANDSCAPE, 319, 239));
  }

  @Test
  void downscalingAveragesAndTransparencyIsBlack() {
    int[] two = {0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF, 0xFF000000}; // 2×2 columns white|black
    FrameScaler cut = new FrameScaler(2, 2, new Geometry(1, 1), FitMode.FIT);
    byte[] out = new byte[2];

    cut.scale(two, out);
    assertEquals(Rgb565.of(0xFF808080), at(out, new Geometry(1, 1), 0, 0));

    cut.scale(new int[] {0x00FF00FF, 0x00FF00FF, 0x00FF00FF, 0x00FF00FF}, out);
    assertEquals(0x0000, at(out, new Geometry(1, 1), 0, 0));
  }

  @Test
  void rgb565CompositesAlphaOverBlack() {
    assertEquals(0xF800, Rgb565.of(0xFFFF0000));
    assertEquals(0x0400, Rgb565.of(0x8000FF00));
    assertEquals(0x0000, Rgb565.of(0x00FF00FF));
    assertEquals(0xFFFF, Rgb565.of(0xFFFFFFFF));
  }

  @Test
  void portraitGeometryIsChosenForTallPictures() {
    assertEquals(new Geometry(240, 320), Geometry.forPicture(480, 640, 320, 240));
    assertEquals(new Geometry(320, 240), Geometry.forPicture(100, 100, 320, 240));
    assertEquals(new Geometry(320, 240), Geometry.forPicture(1000, 100, 320, 240));
  }
}
