package loop.display.control.ili9341;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ili9341WiringTest {

  @Test
  void loopsWiringWithTheSpeedItActuallyRan() {
    // when
    Ili9341Wiring cut = Ili9341Wiring.loop();

    // then loop-original.md §4.1 and §7.2 bug 3
    assertEquals(new Ili9341Wiring(0, 0, 40_000_000, 25, 27, 18, 1000, 270, 4096), cut);
  }

  @ParameterizedTest
  @CsvSource({"12, 0", "18, 0", "13, 1", "19, 1"})
  void hardwarePwmPinsMapToTheirChannel(int pin, int channel) {
    // given
    Ili9341Wiring cut = new Ili9341Wiring(0, 0, 40_000_000, 25, 27, pin, 1000, 270, 4096);

    // when / then
    assertEquals(OptionalInt.of(channel), cut.pwmChannel());
  }

  @ParameterizedTest
  @CsvSource({"17", "24", "0", "4"})
  void otherPinsHaveNoPwmChannel(int pin) {
    // given
    Ili9341Wiring cut = new Ili9341Wiring(0, 0, 40_000_000, 25, 27, pin, 1000, 270, 4096);

    // when / then
    assertEquals(OptionalInt.empty(), cut.pwmChannel());
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 0, 40000000, 25, 27, 18, 1000, 270, 4096",
    "0, 3, 40000000, 25, 27, 18, 1000, 270, 4096",
    "0, 0, 0, 25, 27, 18, 1000, 270, 4096",
    "0, 0, 200000000, 25, 27, 18, 1000, 270, 4096",
    "0, 0, 40000000, -1, 27, 18, 1000, 270, 4096",
    "0, 0, 40000000, 25, 54, 18, 1000, 270, 4096",
    "0, 0, 40000000, 25, 27, 18, 0, 270, 4096",
    "0, 0, 40000000, 25, 27, 18, 1000, 45, 4096",
    "0, 0, 40000000, 25, 27, 18, 1000, 270, 0",
    "0, 0, 40000000, 25, 27, 18, 1000, 270, 2000000",
    "0, 0, 40000000, 25, 25, 18, 1000, 270, 4096",
    "0, 0, 40000000, 18, 27, 18, 1000, 270, 4096",
    "0, 0, 40000000, 25, 18, 18, 1000, 270, 4096",
  })
  void valuesOutOfRangeAreRefused(
      int bus, int cs, int hz, int dc, int rst, int bl, int blHz, int rotation, int max) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Ili9341Wiring(bus, cs, hz, dc, rst, bl, blHz, rotation, max));
  }
}
