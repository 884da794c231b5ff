package loop.media.control.decode;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * GIF LZW as encoders write it (GIF89a Appendix F), for tests: a leading clear code, codes sized
 * by the decoder's table growth, an end code. {@code clearWhenFull = false} keeps sending 12-bit
 * codes against a full table (the "deferred clear" some encoders use).
 */
final class LzwEncoder {

  /** The packed codes (not yet in sub-blocks) and how many codes went out against a full table. */
  record Encoded(byte[] data, int codesWhileFull) {}

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int minCodeSize;
  private final int clear;
  private int accumulator;
  private int pending;
  private int decoderAvail;
  private int decoderSize;
  private boolean firstAfterClear;
  private int codesWhileFull;

  private LzwEncoder(int minCodeSize) {
    this.minCodeSize = minCodeSize;
    this.clear = 1 << minCodeSize;
  }

  static Encoded encode(byte[] indices, int minCodeSize, boolean clearWhenFull) {
    LzwEncoder cut = new LzwEncoder(minCodeSize);
    cut.run(indices, clearWhenFull);
    return new Encoded(cut.out.toByteArray(), cut.codesWhileFull);
  }

  /**
   * Codes packed least significant bit first at one fixed size, for hand-made data (with m = 3
   * codes stay 4 bits wide for the first seven codes after a clear).
   */
  static byte[] pack(int size, int... codes) {
    LzwEncoder cut = new LzwEncoder(2);
    for (int code : codes) {
      cut.bits(code, size);
    }
    cut.bits(0, 7);
    return cut.out.toByteArray();
  }

  private void run(byte[] indices, boolean clearWhenFull) {
    Map<Integer, Integer> table = new HashMap<>();
    int next = clear + 2;
    sendClear();
    int prefix = -1;
    for (byte b : indices) {
      int c = b & 0xFF;
      Integer known = prefix < 0 ? Integer.valueOf(c) : table.get(prefix << 8 | c);
      if (known != null) {
        prefix = known;
        continue;
      }
      send(prefix);
      if (next < 4096) {
        table.put(prefix << 8 | c, next++);
      } else if (clearWhenFull) {
        sendClear();
        table.clear();
        next = clear + 2;
      }
      prefix = c;
    }
    send(prefix);
    bits(clear + 1, decoderSize);
    bits(0, 7);
  }

  private void sendClear() {
    bits(clear, decoderSize == 0 ? minCodeSize + 1 : decoderSize);
    decoderAvail = clear + 2;
    decoderSize = minCodeSize + 1;
    firstAfterClear = true;
  }

  /** Sends a data code at the size the decoder will read it, then mirrors the decoder's table. */
  private void send(int code) {
    bits(code, decoderSize);
    if (decoderAvail == 4096) {
      codesWhileFull++;
    }
    if (!firstAfterClear && decoderAvail < 4096) {
      decoderAvail++;
      if (decoderAvail == 1 << decoderSize && decoderSize < 12) {
        decoderSize++;
      }
    }
    firstAfterClear = false;
  }

  private void bits(int code, int size) {
    accumulator |= code << pending;
    pending += size;
    while (pending >= 8) {
      out.write(accumulator & 0xFF);
      accumulator >>>= 8;
      pending -= 8;
    }
  }
}
