package loop.system.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The setup hotspot's name and password: configured, else {@code Loop-XXXX} from the last four hex
 * digits of the adapter's MAC address, and a password generated once and remembered.
 */
public class HotspotIdentity {

  private static final Logger LOG = Logger.getLogger(HotspotIdentity.class.getName());

  private final Optional<String> ssid;
  private final Optional<String> password;
  private final WifiMemory memory;
  private final Path sysClassNet;

  /**
   * @param sysClassNet where adapters' MAC addresses are read ({@code /sys/class/net})
   */
  public HotspotIdentity(Optional<String> ssid, Optional<String> password, WifiMemory memory,
      Path sysClassNet) {
    this.ssid = ssid.map(String::strip).filter(s -> !s.isEmpty());
    this.password = password.map(String::strip).filter(s -> !s.isEmpty());
    this.memory = memory;
    this.sysClassNet = sysClassNet;
  }

  /** The hotspot's name for {@code device} (null device: the configured name or Loop-Setup). */
  public String ssid(String device) {
    if (ssid.isPresent()) {
      return ssid.get();
    }
    try {
      String mac = device == null ? ""
          : Files.readString(sysClassNet.resolve(device).resolve("address")).strip()
              .replace(":", "");
      return mac.length() >= 4
          ? "Loop-" + mac.substring(mac.length() - 4).toUpperCase(Locale.ROOT) : "Loop-Setup";
    } catch (IOException | RuntimeException e) {
      return "Loop-Setup";
    }
  }

  /** The configured password when it is a valid WPA one, else the remembered generated one. */
  public String password() throws IOException {
    if (password.isPresent()) {
      if (WifiCredentials.passwordProblem(password.get()).isEmpty()) {
        return password.get();
      }
      LOG.warning("loop.wifi.hotspot-password is not a valid WPA password (8 to 63 printable "
          + "ASCII characters); using a generated one");
    }
    return memory.hotspotPassword();
  }
}
