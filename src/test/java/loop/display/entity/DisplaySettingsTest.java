package loop.display.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplaySettingsTest {

  @Test
  void brightnessStartsFull() {
    DisplaySettings cut = new DisplaySettings();

    assertEquals(100, cut.getBrightness());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "1, 1",
    "42, 42",
    "99, 99",
    "100, 100",
    "-1, 0",
    "101, 100",
    "-2147483648, 0",
    "2147483647, 100",
  })
  void brightnessIsClampedTo0To100(int requested, int expected) {
    // given
    DisplaySettings cut = new DisplaySettings();

    // when
    cut.setBrightness(requested);

    // then
    assertEquals(expected, cut.getBrightness());
  }
}
