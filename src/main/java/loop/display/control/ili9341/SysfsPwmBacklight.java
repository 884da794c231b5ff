package loop.display.control.ili9341;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hardware PWM through the kernel's sysfs interface ({@code /sys/class/pwm/pwmchip0/pwmN}),
 * outside Pi4J: used when Pi4J 2.8 cannot give the PWM channel because SPI already holds the same
 * address (LOOP's wiring: CE0 and the backlight on GPIO 18 = channel 0). Needs the {@code pwm}
 * device-tree overlay; without the chip the caller falls back to switching.
 */
final class SysfsPwmBacklight implements Backlight {

  /** The PWM chip; the system property {@code loop.display.pwm-chip} moves it (tests). */
  static final Path PWM_CHIP =
      Path.of(System.getProperty("loop.display.pwm-chip", "/sys/class/pwm/pwmchip0"));

  private final Path channel;
  private final long periodNanos;

  private SysfsPwmBacklight(Path channel, long periodNanos) {
    this.channel = channel;
    this.periodNanos = periodNanos;
  }

  /** Opens channel {@code n} of {@code chip} at {@code hz}, off; empty when there is no chip. */
  static Optional<Backlight> open(Path chip, int n, int hz) throws IOException {
    if (!Files.isDirectory(chip)) {
      return Optional.empty();
    }
    Path channel = chip.resolve("pwm" + n);
    if (!Files.isDirectory(channel)) {
      Files.writeString(chip.resolve("export"), Integer.toString(n));
      waitFor(channel);
    }
    long period = 1_000_000_000L / hz;
    Files.writeString(channel.resolve("duty_cycle"), "0");
    Files.writeString(channel.resolve("period"), Long.toString(period));
    Files.writeString(channel.resolve("enable"), "1");
    return Optional.of(new SysfsPwmBacklight(channel, period));
  }

  /** The kernel creates the channel directory shortly after export; wait up to 1 s. */
  private static void waitFor(Path channel) throws IOException {
    for (int i = 0; i < 100 && !Files.isDirectory(channel); i++) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while exporting " + channel, e);
      }
    }
    if (!Files.isDirectory(channel)) {
      throw new IOException(channel + " did not appear after export");
    }
  }

  @Override
  public void level(int percent) throws IOException {
    long duty = periodNanos * Math.max(0, Math.min(100, percent)) / 100;
    Files.writeString(channel.resolve("duty_cycle"), Long.toString(duty));
  }
}
