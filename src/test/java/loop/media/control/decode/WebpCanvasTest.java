package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebpCanvasTest {

  @ParameterizedTest(name = "{0} over {1} = {2}")
  @CsvSource({
    "FF0000FF, FFFF0000, FF0000FF", // opaque source replaces
    "000000FF, FFFF0000, FFFF0000", // transparent source leaves the canvas
    "800000FF, 00000000, 800000FF", // over a transparent canvas the source stays as it is
    "800000FF, FFFF0000, FF7F0080", // half blue over red: A 255, R 255·127/255, B 255·128/255
    "800000FF, 80FF0000, C05500AA", // half over half: A = 128 + 63.75, R = 85, B = 32640/191.75
  })
  void blendingFollowsTheContainerSpecFormula(String src, String dst, String expected) {
    // when
    int blended = WebpCanvas.over(Integer.parseUnsignedInt(src, 16),
        Integer.parseUnsignedInt(dst, 16));

    // then
    assertEquals(expected, String.format("%08X", blended));
  }
}
