package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.pwm.PwmConfig;
import com.pi4j.io.pwm.PwmType;
import java.io.IOException;

/** The backlight on a hardware PWM channel: duty cycle = brightness, at a fixed frequency. */
final class PwmBacklight implements Backlight {

  private final Pwm pwm;
  private final int hz;

  /**
   * @param pwm the PWM output, created off
   * @param hz the PWM frequency in Hz
   */
  PwmBacklight(Pwm pwm, int hz) {
    this.pwm = pwm;
    this.hz = hz;
  }

  /** A hardware PWM channel that starts off and is switched off when released. */
  static PwmConfig config(Context pi4j, String id, int channel, int hz) {
    return Pwm.newConfigBuilder(pi4j)
        .id(id)
        .name("ILI9341 backlight")
        .address(channel)
        .pwmType(PwmType.HARDWARE)
        .frequency(hz)
        .initial(0)
        .shutdown(0)
        .build();
  }

  /** Sets the duty cycle to {@code percent}; 0 switches the channel off. */
  @Override
  public void level(int percent) throws IOException {
    try {
      pwm.on(percent, hz);
    } catch (RuntimeException e) {
      throw new IOException("backlight PWM could not be set: " + e.getMessage(), e);
    }
  }
}
