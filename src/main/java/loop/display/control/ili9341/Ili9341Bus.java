package loop.display.control.ili9341;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The wires the ILI9341 protocol needs: the 4-line serial interface (SCL, SDA, CSX and D/CX,
 * datasheet chapter 7), the RESX line and a clock to wait on. {@link Ili9341} speaks only through
 * this port, so the protocol is testable without Pi4J; {@code Pi4jBus} is the real one.
 * Implementations are not thread-safe.
 */
public interface Ili9341Bus {

  /**
   * Sends one command byte with D/CX low.
   *
   * @param code the command, 0x00..0xFF
   */
  void command(int code) throws IOException;

  /**
   * Sends parameter or pixel bytes with D/CX high, split into as many SPI transfers as the bus
   * needs.
   *
   * @param bytes the source array
   * @param offset the first byte to send
   * @param length how many bytes to send, 0 or more
   */
  void data(byte[] bytes, int offset, int length) throws IOException;

  /**
   * Sends pixel bytes with D/CX high straight from a buffer (heap, direct or memory-mapped). Reads
   * by absolute index: the buffer's position and limit are left as they were.
   *
   * @param source the bytes to send; never modified or kept
   * @param index the absolute index of the first byte
   * @param length how many bytes to send, 0 or more
   */
  void data(ByteBuffer source, int index, int length) throws IOException;

  /**
   * Drives the RESX line (active low).
   *
   * @param high {@code true} to let the controller run, {@code false} to hold it in reset
   */
  void reset(boolean high) throws IOException;

  /**
   * Waits, as the datasheet asks between some steps.
   *
   * @param millis milliseconds, 0 or more
   */
  void pause(int millis) throws IOException;
}
