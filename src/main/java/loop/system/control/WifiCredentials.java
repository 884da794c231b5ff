package loop.system.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for what a user may ask Loop to join, as 802.11 and WPA define them (not LOOP's
 * narrower list, which refused {@code Bob's iPhone}).
 *
 * <ul>
 *   <li>SSID: 1 to 32 bytes of UTF-8; any character except control characters (quotes, colons,
 *       spaces and shell characters are fine: nmcli gets an argument list, never a shell line).
 *   <li>Password: empty for an open network; 8 to 63 printable ASCII characters (a WPA
 *       passphrase); or exactly 64 hexadecimal digits (a raw PSK).
 * </ul>
 */
public final class WifiCredentials {

  private static final Pattern HEX_PSK = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Pattern PASSPHRASE = Pattern.compile("[\\x20-\\x7e]{8,63}");

  private WifiCredentials() {}

  /** Why {@code ssid} cannot be a network name, or empty when it can. */
  public static Optional<String> ssidProblem(String ssid) {
    if (ssid == null || ssid.isEmpty()) {
      return Optional.of("Give the name (SSID) of the network to join.");
    }
    int bytes = ssid.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > 32) {
      return Optional.of("A network name is at most 32 bytes; this one has " + bytes + ".");
    }
    if (ssid.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || ssid.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
      return Optional.of("The network name contains control characters; check what was typed.");
    }
    return Optional.empty();
  }

  /** Why {@code password} cannot be a WPA password, or empty when it can ("" means open). */
  public static Optional<String> passwordProblem(String password) {
    if (password == null || password.isEmpty() || HEX_PSK.matcher(password).matches()) {
      return Optional.empty();
    }
    if (PASSPHRASE.matcher(password).matches()) {
      return Optional.empty();
    }
    if (password.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      return Optional.of("A WiFi password uses only printable ASCII characters (letters, digits, "
          + "punctuation, spaces).");
    }
    return Optional.of("A WiFi password has 8 to 63 characters (or is a key of exactly 64 hex "
        + "digits); this one has " + password.length() + ". Leave it empty for an open network.");
  }
}
