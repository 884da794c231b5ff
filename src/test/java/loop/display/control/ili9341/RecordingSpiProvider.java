package loop.display.control.ili9341;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import com.pi4j.plugin.mock.provider.spi.MockSpiProviderImpl;
import java.util.ArrayList;
import java.util.List;

/**
 * Pi4J's mock SPI provider with every write also logged together with the D/CX level at that
 * moment: the mock keeps the bytes but not which were commands. Optionally behaves like linuxfs
 * when spidev refuses a transfer above its bufsiz (returns 0 written).
 */
final class RecordingSpiProvider extends MockSpiProviderImpl {

  private final WireLog log;
  private final int dcPin;
  private final List<byte[]> arrays = new ArrayList<>();
  private int bufsiz = Integer.MAX_VALUE;

  RecordingSpiProvider(WireLog log, int dcPin) {
    this.log = log;
    this.dcPin = dcPin;
  }

  /** Refuse transfers longer than this, as spidev does. */
  void bufsiz(int bytes) {
    this.bufsiz = bytes;
  }

  /** The arrays handed to {@code write}, in order (identity matters, not content). */
  List<byte[]> arrays() {
    return arrays;
  }

  @Override
  public Spi create(SpiConfig config) {
    Spi spi = new RecordingSpi(this, config);
    this.context.registry().add(spi);
    return spi;
  }

  private boolean dcHigh() {
    return context.registry().allByType(DigitalOutput.class).values().stream()
        .filter(out -> out.address().intValue() == dcPin)
        .findFirst()
        .orElseThrow(() -> new AssertionError("SPI written before D/CX exists"))
        .isHigh();
  }

  private final class RecordingSpi extends MockSpi {

    RecordingSpi(SpiProvider provider, SpiConfig config) {
      super(provider, config);
    }

    @Override
    public int write(byte[] data, int offset, int length) {
      arrays.add(data);
      log.transfer(dcHigh(), data, offset, length);
      return length > bufsiz ? 0 : super.write(data, offset, length);
    }

    @Override
    public int write(byte b) {
      return write(new byte[] {b}, 0, 1);
    }
  }
}
