package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/** The panel's backlight: dimmed by hardware PWM or, without it, switched. Not thread-safe. */
interface Backlight {

  /**
   * Sets the light.
   *
   * @param percent 0 (off) .. 100 (full)
   */
  void level(int percent) throws IOException;

  /**
   * Opens the backlight, off: on its hardware PWM channel when the pin has one and the context can
   * give it; else, for a PWM pin, through the kernel's sysfs PWM when the chip is there (LOOP's
   * wiring, where Pi4J 2.8 cannot); else as a switched GPIO, with a warning that says why.
   *
   * @throws IOException when not even the GPIO can be opened
   */
  static Backlight open(Context pi4j, Claims claims, Ili9341Wiring wiring, String id)
      throws IOException {
    Optional<String> refusal = pwmRefusal(pi4j, wiring);
    if (refusal.isEmpty()) {
      int channel = wiring.pwmChannel().getAsInt();
      int hz = wiring.backlightHz();
      try {
        return new PwmBacklight(
            claims.add(pi4j.create(PwmBacklight.config(pi4j, id, channel, hz))), hz);
      } catch (RuntimeException e) {
        refusal = Optional.of("PWM channel " + channel + " could not be opened: " + e.getMessage());
      }
    }
    if (wiring.pwmChannel().isPresent()) {
      Optional<Backlight> sysfs = SysfsPwmBacklight.open(SysfsPwmBacklight.PWM_CHIP,
          wiring.pwmChannel().getAsInt(), wiring.backlightHz());
      if (sysfs.isPresent()) {
        return sysfs.get();
      }
    }
    Logger.getLogger(Backlight.class.getName())
        .warning(
            "ILI9341 backlight on GPIO "
                + wiring.backlightPin()
                + " is only switched on and off, not dimmed: "
                + refusal.get());
    return SwitchedBacklight.open(pi4j, claims, id, wiring.backlightPin());
  }

  /** Why the backlight cannot have PWM, if it cannot. */
  private static Optional<String> pwmRefusal(Context pi4j, Ili9341Wiring wiring) {
    OptionalInt channel = wiring.pwmChannel();
    if (channel.isEmpty()) {
      return Optional.of("the pin has no hardware PWM (12, 13, 18 and 19 have)");
    }
    if (!pi4j.hasProvider(IOType.PWM)) {
      return Optional.of("the Pi4J context has no PWM provider");
    }
    if (pi4j.registry().exists(channel.getAsInt())) {
      // Pi4J 2.8 keeps one address space for all I/O types (fixed in 3.x, pi4j#484): SPI
      // registers its chip select as address, so CE0 and PWM channel 0 cannot coexist
      return Optional.of(
          "Pi4J 2.8 shares one address space between I/O types and "
              + channel.getAsInt()
              + " is taken (SPI uses its chip select as address); use a PWM channel other than"
              + " the chip select, e.g. CE0 with the backlight on GPIO 13 or 19");
    }
    return Optional.empty();
  }
}
