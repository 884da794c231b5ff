package loop.display.control.ili9341;

import java.util.OptionalInt;

/**
 * How one ILI9341 panel is wired to the Pi and mounted. Pins are BCM GPIO numbers.
 *
 * @param spiBus SPI bus, 0 for {@code /dev/spidev0.*}
 * @param chipSelect chip select, 0 for CE0 ({@code /dev/spidev0.0})
 * @param speedHz requested SCLK in Hz, 1..125 MHz; the Pi divides its core clock by an even number,
 *     so the actual clock is at or below this
 * @param dcPin the D/CX line: low = command, high = data
 * @param resetPin the RESX line (active low)
 * @param backlightPin the backlight enable; hardware PWM on 12 or 18 (channel 0) and 13 or 19
 *     (channel 1), else switched on/off
 * @param backlightHz PWM frequency in Hz, above 0
 * @param rotation how far the panel is turned clockwise from its native portrait position: 0, 90,
 *     180 or 270
 * @param maxTransfer bytes per SPI transfer, 1 or more; spidev refuses transfers above its {@code
 *     bufsiz} (4096 unless {@code spidev.bufsiz=} is on the kernel command line); at most 1 MiB
 */
public record Ili9341Wiring(
    int spiBus,
    int chipSelect,
    int speedHz,
    int dcPin,
    int resetPin,
    int backlightPin,
    int backlightHz,
    int rotation,
    int maxTransfer) {

  /**
   * 40 MHz: what LOOP actually ran (its configured 64 MHz never reached the driver). The
   * datasheet's serial write cycle (100 ns) means 10 MHz, but these panels are routinely run far
   * above it; 64 MHz works on short wires. A full frame is 1,228,800 bits: 31 ms at 40 MHz.
   */
  public static final int DEFAULT_SPEED_HZ = 40_000_000;

  /** spidev's default {@code bufsiz}, and LOOP's chunk size. */
  public static final int DEFAULT_MAX_TRANSFER = 4096;

  /** Upper bound of {@code maxTransfer}: 1 MiB, well past a frame. */
  static final int MAX_TRANSFER = 1 << 20;

  /** A bound for validation: the BCM283x SPI clock is its core clock divided by 2 or more. */
  static final int MAX_SPEED_HZ = 125_000_000;

  /** Validates the ranges given above, and that the three pins differ. */
  public Ili9341Wiring {
    checkRange("spiBus", spiBus, 0, 6);
    checkRange("chipSelect", chipSelect, 0, 2);
    checkRange("speedHz", speedHz, 1, MAX_SPEED_HZ);
    checkRange("dcPin", dcPin, 0, 53);
    checkRange("resetPin", resetPin, 0, 53);
    checkRange("backlightPin", backlightPin, 0, 53);
    checkRange("backlightHz", backlightHz, 1, 1_000_000);
    checkRotation(rotation);
    checkRange("maxTransfer", maxTransfer, 1, MAX_TRANSFER);
    if (dcPin == resetPin || dcPin == backlightPin || resetPin == backlightPin) {
      throw new IllegalArgumentException(
          "D/CX, RESX and backlight need three different GPIOs, not "
              + dcPin
              + ", "
              + resetPin
              + ", "
              + backlightPin);
    }
  }

  /**
   * LOOP's wiring (loop-original.md §4.1): {@code /dev/spidev0.0} at 40 MHz, D/CX on 25, RESX on
   * 27, backlight on 18 at 1 kHz, mounted at 270 (landscape), 4096-byte transfers.
   */
  public static Ili9341Wiring loop() {
    return new Ili9341Wiring(0, 0, DEFAULT_SPEED_HZ, 25, 27, 18, 1000, 270, DEFAULT_MAX_TRANSFER);
  }

  /**
   * The sysfs PWM channel of the backlight pin on the BCM283x (Pi Zero 2 W, 3, 4): GPIO 12 and 18
   * carry PWM0, 13 and 19 PWM1 (needs {@code dtoverlay=pwm} or {@code pwm-2chan}).
   *
   * @return the channel, or empty when the pin has no hardware PWM
   */
  public OptionalInt pwmChannel() {
    return switch (backlightPin) {
      case 12, 18 -> OptionalInt.of(0);
      case 13, 19 -> OptionalInt.of(1);
      default -> OptionalInt.empty();
    };
  }

  static int checkRotation(int rotation) {
    if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270) {
      throw new IllegalArgumentException(
          "rotation must be 0, 90, 180 or 270 degrees, not " + rotation);
    }
    return rotation;
  }

  private static void checkRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in the range " + min + ".." + max + ", not " + value);
    }
  }
}
