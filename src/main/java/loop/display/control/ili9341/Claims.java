package loop.display.control.ili9341;

import com.pi4j.context.Context;
import com.pi4j.io.IO;
import com.pi4j.io.spi.Spi;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Pi4J I/Os one sink has created in the shared {@link Context}, released together and in
 * reverse order. The Context itself belongs to its producer and is never shut down here.
 */
final class Claims implements Closeable {

  private final Context pi4j;
  private final Deque<IO<?, ?, ?>> ios = new ArrayDeque<>();

  Claims(Context pi4j) {
    this.pi4j = pi4j;
  }

  /** Remembers an I/O just created in the Context, so {@link #close} releases it. */
  <T extends IO<?, ?, ?>> T add(T io) {
    ios.push(io);
    return io;
  }

  /**
   * Releases every claimed I/O: closes SPI file descriptors (Pi4J's shutdown of a single SPI does
   * not), then removes each from the Context, which applies the configured shutdown states and
   * frees its address. Goes on past failures and reports the first.
   */
  @Override
  public void close() throws IOException {
    RuntimeException first = null;
    while (!ios.isEmpty()) {
      IO<?, ?, ?> io = ios.pop();
      try {
        if (io instanceof Spi spi) {
          spi.close();
        }
        pi4j.shutdown(io.id());
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw new IOException("releasing the panel's pins failed: " + first.getMessage(), first);
    }
  }
}
