package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import loop.display.control.FrameSink;
import loop.display.control.ili9341.Pi4jBus.Delay;
import loop.media.entity.Geometry;

/**
 * {@link FrameSink} on an ILI9341 SPI panel, wired through Pi4J: the {@link Ili9341} protocol over
 * an SPI device (mode 0, at the configured speed) with D/CX and RESX outputs, and the backlight on
 * hardware PWM or, where that is not available, on a switched GPIO.
 *
 * <p>Opening resets and initialises the panel, blanks it and leaves the backlight off until {@link
 * #brightness} is called. The Pi4J {@link Context} is received, never created or shut down here;
 * this sink creates its I/Os in it (ids {@code ili9341-*}) and releases them on {@link #close}.
 * Public methods are synchronized, so a close cannot cut into a frame.
 */
public final class Ili9341Sink implements FrameSink {

  static final String SPI_ID = "ili9341-spi";
  static final String DC_ID = "ili9341-dc";
  static final String RESET_ID = "ili9341-reset";
  static final String BACKLIGHT_ID = "ili9341-backlight";

  private static final int BLACK = 0x0000;

  private final Ili9341Wiring wiring;
  private final Claims claims;
  private final Ili9341 panel;
  private final Backlight backlight;
  private boolean closed;

  /**
   * Opens the panel: creates the SPI device and pins in {@code pi4j}, resets and initialises the
   * controller and blanks it (about 0.3 s). The backlight stays off.
   *
   * @param pi4j the application's Pi4J context, with SPI, digital output and (optionally) PWM
   *     providers; owned by the caller
   * @param wiring bus, pins, speed and mounting
   * @throws IOException when the SPI device or a pin cannot be opened or the first writes fail;
   *     whatever was created is released again
   */
  public Ili9341Sink(Context pi4j, Ili9341Wiring wiring) throws IOException {
    this(pi4j, wiring, Delay.SLEEP);
  }

  Ili9341Sink(Context pi4j, Ili9341Wiring wiring, Delay delay) throws IOException {
    this.wiring = wiring;
    this.claims = new Claims(pi4j);
    try {
      this.panel = new Ili9341(openBus(pi4j, delay), wiring.rotation());
      this.backlight = Backlight.open(pi4j, claims, wiring, BACKLIGHT_ID);
      panel.init();
      panel.fill(BLACK);
    } catch (IOException | RuntimeException e) {
      try {
        claims.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** {@code ili9341}. */
  @Override
  public String name() {
    return "ili9341";
  }

  /**
   * Writes one frame: about 31 ms of SPI traffic at 40 MHz. MADCTL is sent only when the frame's
   * shape differs from the last one's.
   *
   * @throws IllegalArgumentException for a size other than 320×240 or 240×320
   * @throws IllegalStateException after {@link #close}
   */
  @Override
  public synchronized void show(ByteBuffer rgb565, Geometry geometry) throws IOException {
    open().show(rgb565, geometry);
  }

  /**
   * Sets the backlight: the PWM duty cycle, or on for any value above 0 when only switched.
   *
   * @param percent 0..100
   * @throws IllegalArgumentException outside 0..100
   */
  @Override
  public synchronized void brightness(int percent) throws IOException {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("brightness must be in the range 0..100, not " + percent);
    }
    open();
    backlight.level(percent);
  }

  /** Fills the panel black; the backlight stays as it is. */
  @Override
  public synchronized void clear() throws IOException {
    open().fill(BLACK);
  }

  /**
   * Leaves the panel dark and frees its pins: backlight off first (so nobody watches the wipe),
   * then a black fill, then every I/O released, which drives RESX high and D/CX low. The display
   * stays on (no DISPOFF/SLPIN): this TN panel is normally white, so if its backlight cannot be
   * switched, black frame memory is the dark state. Later calls do nothing.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (claims) {
      try {
        backlight.level(0);
      } finally {
        panel.fill(BLACK);
      }
    }
  }

  private Ili9341 open() {
    if (closed) {
      throw new IllegalStateException("the ILI9341 sink is closed");
    }
    return panel;
  }

  private Pi4jBus openBus(Context pi4j, Delay delay) throws IOException {
    try {
      Spi spi = claims.add(pi4j.create(spiConfig(pi4j)));
      DigitalOutput dc = claims.add(pi4j.create(output(pi4j, DC_ID, wiring.dcPin(), false)));
      DigitalOutput reset =
          claims.add(pi4j.create(output(pi4j, RESET_ID, wiring.resetPin(), true)));
      return new Pi4jBus(spi, dc, reset, wiring.maxTransfer(), delay);
    } catch (RuntimeException e) {
      throw new IOException(
          "the ILI9341's SPI device or pins could not be opened: " + e.getMessage(), e);
    }
  }

  private SpiConfig spiConfig(Context pi4j) {
    return Spi.newConfigBuilder(pi4j)
        .id(SPI_ID)
        .name("ILI9341")
        .bus(SpiBus.getByNumber(wiring.spiBus()))
        .chipSelect(SpiChipSelect.getByNumber(wiring.chipSelect()))
        .mode(SpiMode.MODE_0)
        .baud(wiring.speedHz())
        .build();
  }

  private static DigitalOutputConfig output(Context pi4j, String id, int gpio, boolean high) {
    DigitalState level = high ? DigitalState.HIGH : DigitalState.LOW;
    return DigitalOutput.newConfigBuilder(pi4j)
        .id(id)
        .address(gpio)
        .initial(level)
        .shutdown(level)
        .build();
  }
}
