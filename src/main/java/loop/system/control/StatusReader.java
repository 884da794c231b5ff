package loop.system.control;

import java.io.IOException;
import java.util.Optional;
import loop.system.entity.WifiStatus;

/**
 * Reads the WiFi status from NetworkManager: the adapter, its active profile, the real SSID that
 * profile joins (not its name, which was LOOP's {@code current_ssid}), and its IPv4 address. The
 * profile {@link Nmcli#HOTSPOT} means the setup hotspot is up.
 */
public class StatusReader {

  /** Said when NetworkManager lists no WiFi adapter. */
  public static final String NO_DEVICE = "WiFi management is not available on this device: "
      + "NetworkManager sees no WiFi adapter.";

  private final Nmcli nmcli;
  private final HotspotIdentity hotspot;

  public StatusReader(Nmcli nmcli, HotspotIdentity hotspot) {
    this.nmcli = nmcli;
    this.hotspot = hotspot;
  }

  /**
   * @param preferred the adapter to use, or "" for the first
   * @param configuredSsid reported as is
   */
  public WifiStatus read(String preferred, String configuredSsid) throws IOException {
    Optional<Nmcli.Device> d = nmcli.wifiDevice(preferred);
    if (d.isEmpty()) {
      return WifiStatus.unavailable(NO_DEVICE, configuredSsid);
    }
    String dev = d.get().name();
    Optional<Nmcli.Active> a = nmcli.activeWifi(dev);
    boolean activated = a.map(x -> "activated".equals(x.state())).orElse(false);
    boolean hotspotUp = activated && Nmcli.HOTSPOT.equals(a.get().name());
    boolean connected = activated && !hotspotUp;
    String ssid = connected ? nmcli.ssidOf(a.get().uuid()) : null;
    String ip = activated ? nmcli.ipv4(dev).orElse(null) : null;
    String state = hotspotUp ? "hotspot_active" : connected ? "connected"
        : a.isPresent() || d.get().state().startsWith("connecting") ? "connecting" : "disconnected";
    return new WifiStatus(true, connected, hotspotUp, ssid == null || ssid.isEmpty() ? null : ssid,
        ip, configuredSsid, hotspot.ssid(dev), dev, state, null);
  }

  /** The adapter's name; a {@link NmcliFailure.Kind#MISSING} failure when there is none. */
  public String device(String preferred) throws IOException {
    return nmcli.wifiDevice(preferred).map(Nmcli.Device::name)
        .orElseThrow(() -> new NmcliFailure(NmcliFailure.Kind.MISSING, NO_DEVICE));
  }
}
