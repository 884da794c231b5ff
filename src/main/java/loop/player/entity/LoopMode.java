package loop.player.entity;

import java.util.Locale;

/** {@code all}: every enabled item in turn; {@code one}: the current item repeats forever. */
public enum LoopMode {
  ALL,
  ONE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the wire form; null for anything else. */
  public static LoopMode fromWire(String value) {
    for (LoopMode m : values()) {
      if (m.wire().equals(value)) {
        return m;
      }
    }
    return null;
  }
}
