package loop.display.control.ili9341;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * {@link Ili9341Bus} over Pi4J: an {@link Spi} for the bytes, a {@link DigitalOutput} each for D/CX
 * and RESX. D/CX is driven only when it changes. Transfers are at most {@code maxTransfer} bytes.
 * Pixels are written straight from the caller's array; a buffer without one (direct or
 * memory-mapped) goes through one chunk array allocated here once, because Pi4J's {@code Spi} takes
 * only {@code byte[]} (its {@code ByteBuffer} methods call {@code array()}). Pi4J failures, which
 * are unchecked, leave as {@link IOException}. Not thread-safe.
 */
final class Pi4jBus implements Ili9341Bus {

  /** Waits between protocol steps; tests record the pauses instead of sleeping. */
  @FunctionalInterface
  interface Delay {

    /** Sleeps; an interrupt keeps the thread's flag set and ends the wait with an exception. */
    Delay SLEEP =
        millis -> {
          try {
            Thread.sleep(millis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted during a " + millis + " ms pause");
          }
        };

    void pause(int millis) throws InterruptedIOException;
  }

  private final Spi spi;
  private final DigitalOutput dc;
  private final DigitalOutput reset;
  private final Delay delay;
  private final byte[] chunk;
  private final byte[] command = new byte[1];
  private boolean dataMode;

  /**
   * @param spi the open SPI device
   * @param dc the D/CX output, created low
   * @param reset the RESX output
   * @param maxTransfer bytes per SPI transfer, 1 or more
   * @param delay how to wait
   */
  Pi4jBus(Spi spi, DigitalOutput dc, DigitalOutput reset, int maxTransfer, Delay delay) {
    this.spi = spi;
    this.dc = dc;
    this.reset = reset;
    this.delay = delay;
    this.chunk = new byte[Math.min(maxTransfer, Ili9341.PORTRAIT.frameBytes())];
  }

  @Override
  public void command(int code) throws IOException {
    dc(false);
    command[0] = (byte) code;
    write(command, 0, 1);
  }

  @Override
  public void data(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    dc(true);
    for (int sent = 0; sent < length; sent += chunk.length) {
      write(bytes, offset + sent, Math.min(chunk.length, length - sent));
    }
  }

  @Override
  public void data(ByteBuffer source, int index, int length) throws IOException {
    Objects.checkFromIndexSize(index, length, source.limit());
    if (source.hasArray()) {
      data(source.array(), source.arrayOffset() + index, length);
      return;
    }
    dc(true);
    for (int sent = 0; sent < length; sent += chunk.length) {
      int n = Math.min(chunk.length, length - sent);
      source.get(index + sent, chunk, 0, n);
      write(chunk, 0, n);
    }
  }

  @Override
  public void reset(boolean high) throws IOException {
    drive(reset, high);
  }

  @Override
  public void pause(int millis) throws IOException {
    delay.pause(millis);
  }

  private void dc(boolean high) throws IOException {
    if (high != dataMode) {
      drive(dc, high);
      dataMode = high;
    }
  }

  private void write(byte[] bytes, int offset, int length) throws IOException {
    int written;
    try {
      written = spi.write(bytes, offset, length);
    } catch (RuntimeException e) {
      throw new IOException("SPI write of " + length + " bytes failed: " + e.getMessage(), e);
    }
    // Pi4J's linuxfs SPI logs a failed ioctl and returns 0 instead of throwing
    if (written != length) {
      throw new IOException(
          "SPI took "
              + written
              + " of "
              + length
              + " bytes; spidev refuses transfers above its bufsiz (maxTransfer too high?)");
    }
  }

  private static void drive(DigitalOutput pin, boolean high) throws IOException {
    try {
      pin.state(high ? DigitalState.HIGH : DigitalState.LOW);
    } catch (RuntimeException e) {
      throw new IOException("GPIO " + pin.address() + " could not be set: " + e.getMessage(), e);
    }
  }
}
