package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UncompressedAlphaTest {

  static final int[] ALPHA = {
    10, 20, 30,
    40, 250, 5,
    0, 128, 255
  };

  /** Filters {@link #ALPHA} as an encoder would (container spec "Alpha"), with header byte. */
  static byte[] filtered(int method) {
    byte[] out = new byte[1 + ALPHA.length];
    out[0] = (byte) (method << 2);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 3; x++) {
        out[1 + y * 3 + x] = (byte) (ALPHA[y * 3 + x] - predictor(method, x, y));
      }
    }
    return out;
  }

  static int predictor(int method, int x, int y) {
    int left = x > 0 ? ALPHA[y * 3 + x - 1] : 0;
    int above = y > 0 ? ALPHA[(y - 1) * 3 + x] : 0;
    if (method == 0 || x == 0 && y == 0) {
      return 0;
    }
    if (y == 0) {
      return left;
    }
    if (x == 0) {
      return above;
    }
    int gradient = left + above - ALPHA[(y - 1) * 3 + x - 1];
    return method == 1 ? left : method == 2 ? above : Math.max(0, Math.min(255, gradient));
  }

  @ParameterizedTest(name = "filtering method {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void everyFilteringMethodRestoresTheAlphaAndKeepsTheColour(int method) {
    // given: nine pixels of one colour, alpha unknown
    int[] argb = new int[9];
    java.util.Arrays.fill(argb, 0xFF123456);

    // when
    UncompressedAlpha.apply(filtered(method), argb, 3, 3);

    // then
    int[] expected = new int[9];
    for (int i = 0; i < 9; i++) {
      expected[i] = ALPHA[i] << 24 | 0x123456;
    }
    assertArrayEquals(expected, argb);
  }
}
