package loop.system.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

  @ParameterizedTest
  @CsvSource({
    "0x0, ''",
    "0x1, under_voltage",
    "0x2, frequency_capped",
    "0x4, throttled",
    "0x8, soft_temperature_limit",
    "0x10000, under_voltage_occurred",
    "0x20000, frequency_capped_occurred",
    "0x40000, throttled_occurred",
    "0x80000, soft_temperature_limit_occurred",
    "0x50005, under_voltage throttled under_voltage_occurred throttled_occurred",
    "throttled=0xe0000, frequency_capped_occurred throttled_occurred "
        + "soft_temperature_limit_occurred",
    "50005, under_voltage throttled under_voltage_occurred throttled_occurred",
  })
  void eachBitNamesItsFlag(String text, String expectedSet) {
    Throttling cut = Throttling.parse(text);
    Map<String, Boolean> flags = cut.flagMap();
    assertEquals(8, flags.size());
    java.util.Set<String> set = new java.util.HashSet<>();
    flags.forEach((name, on) -> {
      if (on) {
        set.add(name);
      }
    });
    java.util.Set<String> expected = expectedSet.isBlank() ? java.util.Set.of()
        : java.util.Set.of(expectedSet.trim().split("\\s+"));
    assertEquals(expected, set);
    assertTrue(cut.available());
    assertEquals(!expected.isEmpty(), cut.any());
  }

  @Test
  void unusedBitsNameNothing() {
    Throttling cut = Throttling.parse("0xfff0fff0");
    assertEquals(Map.of(), filterOn(cut.flagMap()));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "garbage", "0x", "throttled="})
  void unreadableWordsAreUnavailableWithAllFlagsOff(String text) {
    Throttling cut = Throttling.parse(text);
    assertFalse(cut.available());
    assertFalse(cut.any());
    assertEquals(-1, cut.raw());
  }

  static Map<String, Boolean> filterOn(Map<String, Boolean> flags) {
    Map<String, Boolean> on = new java.util.HashMap<>();
    flags.forEach((k, v) -> {
      if (v) {
        on.put(k, v);
      }
    });
    return on;
  }
}
