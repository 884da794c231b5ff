package loop.system.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads nmcli's terse output ({@code -t -e yes}): one record a line, fields separated by {@code :},
 * where a {@code :} or {@code \} inside a value is escaped with a backslash. An SSID like {@code
 * Bob's: Net} arrives as {@code Bob's\: Net}; splitting on every colon (LOOP's bug) cuts it.
 */
public final class Terse {

  private Terse() {}

  /** The fields of one line, unescaped; an empty line is one empty field. */
  public static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Each non-empty line of {@code output} split into fields (lines end in LF or CRLF). */
  public static List<List<String>> records(String output) {
    List<List<String>> records = new ArrayList<>();
    for (String line : output.split("\r?\n")) {
      if (!line.isEmpty()) {
        records.add(fields(line));
      }
    }
    return records;
  }

  /** A single value asked for with {@code -g}: the first line, unescaped; "" when none. */
  public static String value(String output) {
    List<List<String>> records = records(output);
    return records.isEmpty() ? "" : String.join(":", records.get(0));
  }

  /** True for a device or connection type that is WiFi in either spelling nmcli uses. */
  public static boolean isWifi(String type) {
    return "wifi".equals(type) || "802-11-wireless".equals(type);
  }
}
