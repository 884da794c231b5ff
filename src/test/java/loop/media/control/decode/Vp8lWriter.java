package loop.media.control.decode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes lossless WebP bitstreams (WebP Lossless Bitstream Specification) for tests, in the
 * simplest legal form: no transforms, no colour cache, one prefix code group of "simple" codes.
 * A simple code holds one or two symbols, so each channel may use at most two values; a
 * one-value channel costs no bits at all.
 */
final class Vp8lWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private long accumulator;
  private int pending;

  private Vp8lWriter() {}

  /** The {@code VP8L} chunk payload for {@code argb} ({@code width} per row). */
  static byte[] encode(int width, int height, int[] argb) {
    Vp8lWriter w = new Vp8lWriter();
    w.bits(0x2F, 8);
    w.bits(width - 1, 14);
    w.bits(height - 1, 14);
    w.bits(1, 1); // alpha is used
    w.bits(0, 3); // version
    w.bits(0, 1); // no transform
    w.bits(0, 1); // no colour cache
    w.bits(0, 1); // no meta prefix codes
    int[] shifts = {8, 16, 0, 24}; // green, red, blue, alpha: the order of the prefix codes
    List<TreeSet<Integer>> values = new ArrayList<>();
    for (int shift : shifts) {
      values.add(channel(argb, shift));
      w.simpleCode(values.get(values.size() - 1));
    }
    w.simpleCode(new TreeSet<>(List.of(0))); // distance
    for (int p : argb) {
      for (int c = 0; c < 4; c++) {
        if (values.get(c).size() == 2) {
          w.bits(values.get(c).first() == (p >>> shifts[c] & 0xFF) ? 0 : 1, 1);
        }
      }
    }
    w.bits(0, 7);
    return w.out.toByteArray();
  }

  private static TreeSet<Integer> channel(int[] argb, int shift) {
    TreeSet<Integer> values = new TreeSet<>();
    for (int p : argb) {
      values.add(p >>> shift & 0xFF);
    }
    if (values.size() > 2) {
      throw new IllegalArgumentException("more than two values in a channel: " + values);
    }
    return values;
  }

  // simple code: 1, (number of symbols - 1), is_first_8bits = 1, then 8-bit symbols; with two
  // symbols the smaller takes code 0 (canonical order)
  private void simpleCode(TreeSet<Integer> symbols) {
    bits(1, 1);
    bits(symbols.size() - 1, 1);
    bits(1, 1);
    for (int s : symbols) {
      bits(s, 8);
    }
  }

  private void bits(int value, int count) {
    accumulator |= (long) (value & ((1 << count) - 1)) << pending;
    pending += count;
    while (pending >= 8) {
      out.write((int) (accumulator & 0xFF));
      accumulator >>>= 8;
      pending -= 8;
    }
  }
}
