package loop.display.control.ili9341;

import java.nio.ByteBuffer;

/** An {@link Ili9341Bus} that only records, one transfer per call. */
final class FakeBus implements Ili9341Bus {

  final WireLog log = new WireLog();

  @Override
  public void command(int code) {
    log.transfer(false, new byte[] {(byte) code}, 0, 1);
  }

  @Override
  public void data(byte[] bytes, int offset, int length) {
    log.transfer(true, bytes, offset, length);
  }

  @Override
  public void data(ByteBuffer source, int index, int length) {
    byte[] copy = new byte[length];
    source.get(index, copy);
    log.transfer(true, copy, 0, length);
  }

  @Override
  public void reset(boolean high) {
    log.reset(high);
  }

  @Override
  public void pause(int millis) {
    log.pause(millis);
  }
}
