package loop.display.control.ili9341;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SysfsPwmBacklightTest {

  @TempDir Path chip;

  @Test
  void opensOffAtTheFrequencyAndDimsByDutyCycle() throws Exception {
    Files.createDirectories(chip.resolve("pwm0"));

    Backlight cut = SysfsPwmBacklight.open(chip, 0, 1000).orElseThrow();
    assertEquals("1000000", Files.readString(chip.resolve("pwm0/period")));
    assertEquals("0", Files.readString(chip.resolve("pwm0/duty_cycle")));
    assertEquals("1", Files.readString(chip.resolve("pwm0/enable")));

    cut.level(40);
    assertEquals("400000", Files.readString(chip.resolve("pwm0/duty_cycle")));
    cut.level(150);
    assertEquals("1000000", Files.readString(chip.resolve("pwm0/duty_cycle")));
  }

  @Test
  void noChipMeansNoSysfsBacklight() throws Exception {
    assertTrue(SysfsPwmBacklight.open(chip.resolve("missing"), 0, 1000).isEmpty());
  }
}
