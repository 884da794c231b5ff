package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import java.io.IOException;

/** The backlight on a plain GPIO: any brightness above 0 is full on. */
final class SwitchedBacklight implements Backlight {

  private final DigitalOutput pin;

  /**
   * @param pin the enable output, created low
   */
  SwitchedBacklight(DigitalOutput pin) {
    this.pin = pin;
  }

  /**
   * Creates the output, low (dark); it goes low again when released.
   *
   * @throws IOException when Pi4J cannot open the pin
   */
  static SwitchedBacklight open(Context pi4j, Claims claims, String id, int gpio)
      throws IOException {
    DigitalOutputConfig config =
        DigitalOutput.newConfigBuilder(pi4j)
            .id(id)
            .name("ILI9341 backlight")
            .address(gpio)
            .initial(DigitalState.LOW)
            .shutdown(DigitalState.LOW)
            .build();
    try {
      return new SwitchedBacklight(claims.add(pi4j.create(config)));
    } catch (RuntimeException e) {
      throw new IOException(
          "backlight GPIO " + gpio + " could not be opened: " + e.getMessage(), e);
    }
  }

  /** High for 1..100, low for 0. */
  @Override
  public void level(int percent) throws IOException {
    try {
      pin.state(percent > 0 ? DigitalState.HIGH : DigitalState.LOW);
    } catch (RuntimeException e) {
      throw new IOException("backlight GPIO could not be set: " + e.getMessage(), e);
    }
  }
}
