package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;

/**
 * Pi4J's mock digital outputs, with every level set on the RESX pin logged once the pin exists (the
 * level it is created with is not an event on the wire log).
 */
final class RecordingDigitalOutputProvider extends MockDigitalOutputProviderImpl {

  private final WireLog log;
  private final int resetPin;

  RecordingDigitalOutputProvider(WireLog log, int resetPin) {
    this.log = log;
    this.resetPin = resetPin;
  }

  @Override
  public DigitalOutput create(DigitalOutputConfig config) {
    DigitalOutput out = new RecordingOutput(this, config);
    this.context.registry().add(out);
    return out;
  }

  private final class RecordingOutput extends MockDigitalOutput {

    private boolean created;

    RecordingOutput(DigitalOutputProvider provider, DigitalOutputConfig config) {
      super(provider, config);
    }

    @Override
    public DigitalOutput initialize(Context context) {
      DigitalOutput out = super.initialize(context);
      created = true;
      return out;
    }

    @Override
    public DigitalOutput state(DigitalState state) {
      if (created && config().address() == resetPin) {
        log.reset(state == DigitalState.HIGH);
      }
      return super.state(state);
    }
  }
}
