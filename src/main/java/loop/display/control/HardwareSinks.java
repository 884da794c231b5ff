package loop.display.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import loop.display.control.framebuffer.FramebufferSink;
import loop.display.control.ili9341.Ili9341Wiring;
import loop.display.control.ili9341.Pi4jContexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the display the configuration names ({@code loop.display.driver}): {@code virtual} (no
 * hardware; the default), {@code ili9341} (SPI panel, wiring from {@code loop.display.*}) or
 * {@code framebuffer} ({@code loop.display.framebuffer}, e.g. /dev/fb1).
 */
@ApplicationScoped
public class HardwareSinks {

  @Inject
  @ConfigProperty(name = "loop.display.driver", defaultValue = "virtual")
  String driver;

  @Inject
  @ConfigProperty(name = "loop.display.framebuffer", defaultValue = "/dev/fb1")
  String framebuffer;

  @Inject
  @ConfigProperty(name = "loop.display.spi-bus", defaultValue = "0")
  int spiBus;

  @Inject
  @ConfigProperty(name = "loop.display.spi-chip-select", defaultValue = "0")
  int chipSelect;

  @Inject
  @ConfigProperty(name = "loop.display.spi-speed-hz", defaultValue = "40000000")
  int speedHz;

  @Inject
  @ConfigProperty(name = "loop.display.dc-pin", defaultValue = "25")
  int dcPin;

  @Inject
  @ConfigProperty(name = "loop.display.reset-pin", defaultValue = "27")
  int resetPin;

  @Inject
  @ConfigProperty(name = "loop.display.backlight-pin", defaultValue = "18")
  int backlightPin;

  @Inject
  @ConfigProperty(name = "loop.display.backlight-hz", defaultValue = "1000")
  int backlightHz;

  @Inject
  @ConfigProperty(name = "loop.display.rotation", defaultValue = "270")
  int rotation;

  @Inject
  @ConfigProperty(name = "loop.display.max-transfer", defaultValue = "4096")
  int maxTransfer;

  /** The configured driver's name. */
  public String driver() {
    return driver.toLowerCase(Locale.ROOT);
  }

  /** True when a real display is configured. */
  public boolean configured() {
    return !"virtual".equals(driver());
  }

  /** Opens the configured hardware display; throws when it cannot be opened. */
  public FrameSink open() throws IOException {
    return switch (driver()) {
      case "ili9341" -> Pi4jContexts.openIli9341(new Ili9341Wiring(spiBus, chipSelect, speedHz,
          dcPin, resetPin, backlightPin, backlightHz, rotation, maxTransfer));
      case "framebuffer" -> new FramebufferSink(Path.of(framebuffer));
      default -> throw new IOException("unknown display driver '" + driver
          + "' (virtual, ili9341 or framebuffer)");
    };
  }
}
