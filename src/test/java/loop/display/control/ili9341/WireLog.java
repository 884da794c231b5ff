package loop.display.control.ili9341;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What went over the panel's wires, in order, in the golden-file notation: {@code R 1}/{@code R 0}
 * for RESX, {@code P n} for a pause, {@code C xx} for a command byte (D/CX low), {@code D xx ..}
 * for one transfer with D/CX high, {@code D [n bytes]} when it is longer than 16 bytes.
 */
final class WireLog {

  /** One event; {@code bytes} is a copy of what a transfer carried. */
  record Wire(char kind, int value, byte[] bytes) {

    @Override
    public String toString() {
      return switch (kind) {
        case 'D' -> bytes.length > 16 ? "D [" + bytes.length + " bytes]" : "D " + hex(bytes);
        case 'C' -> "C " + hex(bytes);
        default -> kind + " " + value;
      };
    }
  }

  private final List<Wire> wires = new ArrayList<>();

  void transfer(boolean dcHigh, byte[] bytes, int offset, int length) {
    byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
    wires.add(new Wire(dcHigh ? 'D' : 'C', length, copy));
  }

  void reset(boolean high) {
    wires.add(new Wire('R', high ? 1 : 0, new byte[0]));
  }

  void pause(int millis) {
    wires.add(new Wire('P', millis, new byte[0]));
  }

  /** Forgets what was recorded so far (e.g. the opening sequence). */
  void clear() {
    wires.clear();
  }

  /** The log in golden notation, one event per line. */
  String text() {
    return wires.stream().map(Wire::toString).collect(Collectors.joining("\n"));
  }

  /** The D/CX-high bytes after the last Memory Write, concatenated. */
  byte[] pixels() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Wire w : wires.subList(lastRamwr() + 1, wires.size())) {
      if (w.kind() == 'D') {
        out.writeBytes(w.bytes());
      }
    }
    return out.toByteArray();
  }

  /** Sizes of the transfers after the last Memory Write. */
  List<Integer> pixelTransfers() {
    return wires.subList(lastRamwr() + 1, wires.size()).stream()
        .filter(w -> w.kind() == 'D')
        .map(w -> w.bytes().length)
        .toList();
  }

  private int lastRamwr() {
    for (int i = wires.size() - 1; i >= 0; i--) {
      Wire w = wires.get(i);
      if (w.kind() == 'C' && (w.bytes()[0] & 0xFF) == Ili9341.RAMWR) {
        return i;
      }
    }
    throw new AssertionError("no Memory Write (2Ch) was sent");
  }

  /** A golden file from {@code fixtures/golden/}, without comments and blank lines. */
  static String golden(String name) {
    try (InputStream in = WireLog.class.getResourceAsStream("/fixtures/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("missing golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
  }
}
