package loop.display.control.ili9341;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.pwm.LinuxFsPwmProvider;
import com.pi4j.plugin.linuxfs.provider.spi.LinuxFsSpiProvider;
import java.io.IOException;

/**
 * Opens the panel with its own Pi4J context built from explicit providers (no ServiceLoader
 * scan inside the WAR, no JVM shutdown hook pinning the class loader): SPI and PWM over Linux
 * sysfs/spidev, GPIO over libgpiod, no root daemons. The returned sink shuts the context down
 * when it is closed.
 */
public final class Pi4jContexts {

  private Pi4jContexts() {}

  /** Opens an ILI9341 on the real hardware described by {@code wiring}. */
  public static loop.display.control.FrameSink openIli9341(Ili9341Wiring wiring)
      throws IOException {
    Context pi4j = Pi4J.newContextBuilder()
        .noAutoDetect()
        .add(LinuxFsSpiProvider.newInstance(), LinuxFsPwmProvider.newInstance(0),
            GpioDDigitalOutputProvider.newInstance())
        .disableShutdownHook()
        .build();
    try {
      return new OwningSink(new Ili9341Sink(pi4j, wiring), pi4j);
    } catch (IOException | RuntimeException e) {
      pi4j.shutdown();
      throw e;
    }
  }

  /** An ILI9341 sink that also shuts down the context it was opened with. */
  private static final class OwningSink implements loop.display.control.FrameSink {
    private final Ili9341Sink sink;
    private final Context pi4j;

    OwningSink(Ili9341Sink sink, Context pi4j) {
      this.sink = sink;
      this.pi4j = pi4j;
    }

    @Override
    public String name() {
      return sink.name();
    }

    @Override
    public void show(java.nio.ByteBuffer rgb565, loop.media.entity.Geometry g) throws IOException {
      sink.show(rgb565, g);
    }

    @Override
    public void brightness(int percent) throws IOException {
      sink.brightness(percent);
    }

    @Override
    public void clear() throws IOException {
      sink.clear();
    }

    @Override
    public void close() throws IOException {
      try {
        sink.close();
      } finally {
        pi4j.shutdown();
      }
    }
  }
}
