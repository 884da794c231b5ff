package loop.system.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LOOP's {@code WiFiStatus} plus {@code available} and {@code error}. Sent as {@link #json()},
 * because its field {@code interface} is a Java keyword.
 *
 * @param available false when this device has no NetworkManager or no WiFi device
 * @param connected joined to a network as a client
 * @param hotspotActive Loop's setup hotspot is up
 * @param currentSsid the real SSID of the network joined (not the profile name), or null
 * @param ipAddress the IPv4 address of the WiFi device, or null
 * @param configuredSsid the network Loop keeps joining, or null
 * @param hotspotSsid the setup hotspot's name
 * @param interfaceName the WiFi device ({@code wlan0}), or null
 * @param state {@code connected}, {@code connecting}, {@code hotspot_active}, {@code
 *     disconnected} or {@code unavailable}
 * @param error why WiFi is unavailable, else null
 */
public record WifiStatus(
    boolean available,
    boolean connected,
    boolean hotspotActive,
    String currentSsid,
    String ipAddress,
    String configuredSsid,
    String hotspotSsid,
    String interfaceName,
    String state,
    String error) {

  /** The status of a device without WiFi management. */
  public static WifiStatus unavailable(String why, String configuredSsid) {
    return new WifiStatus(
        false, false, false, null, null, configuredSsid, null, null, "unavailable", why);
  }

  /** The JSON shape: LOOP's field names in snake case, {@code interface} included. */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("available", available);
    m.put("connected", connected);
    m.put("hotspot_active", hotspotActive);
    m.put("current_ssid", currentSsid);
    m.put("ip_address", ipAddress);
    m.put("configured_ssid", configuredSsid);
    m.put("hotspot_ssid", hotspotSsid);
    m.put("interface", interfaceName);
    m.put("state", state);
    m.put("error", error);
    return m;
  }
}
