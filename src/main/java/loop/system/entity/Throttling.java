package loop.system.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Raspberry Pi firmware's throttle word ({@code get_throttled}, as {@code vcgencmd
 * get_throttled} prints it) decoded into named flags. Bits 0-3 are the state now, bits 16-19
 * whether it happened since boot.
 *
 * @param raw the word as read, or -1 where the device does not expose it
 */
public record Throttling(long raw) {

  /** Bit numbers and their names, in bit order. */
  static final Map<Integer, String> FLAGS = flags();

  private static Map<Integer, String> flags() {
    Map<Integer, String> f = new LinkedHashMap<>();
    f.put(0, "under_voltage");
    f.put(1, "frequency_capped");
    f.put(2, "throttled");
    f.put(3, "soft_temperature_limit");
    f.put(16, "under_voltage_occurred");
    f.put(17, "frequency_capped_occurred");
    f.put(18, "throttled_occurred");
    f.put(19, "soft_temperature_limit_occurred");
    return f;
  }

  /** True where the device reported the word. */
  public boolean available() {
    return raw >= 0;
  }

  /** Every named flag and whether its bit is set (all false when unavailable). */
  public Map<String, Boolean> flagMap() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    FLAGS.forEach((bit, name) -> out.put(name, available() && (raw & (1L << bit)) != 0));
    return out;
  }

  /** True when any flag of now or since boot is set. */
  public boolean any() {
    return flagMap().containsValue(true);
  }

  /**
   * Parses the firmware's text: hex with or without {@code 0x}, optionally prefixed {@code
   * throttled=}; null or unparsable gives an unavailable word.
   */
  public static Throttling parse(String text) {
    if (text == null) {
      return new Throttling(-1);
    }
    String t = text.trim();
    t = t.startsWith("throttled=") ? t.substring("throttled=".length()) : t;
    t = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
    try {
      return new Throttling(t.isEmpty() ? -1 : Long.parseLong(t, 16));
    } catch (NumberFormatException e) {
      return new Throttling(-1);
    }
  }
}
