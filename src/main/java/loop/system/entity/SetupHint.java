package loop.system.entity;

/**
 * How a phone reaches Loop now, for the idle screen.
 *
 * @param hotspot true when the phone must first join Loop's setup hotspot
 * @param ssid the hotspot's name (hotspot only)
 * @param password the hotspot's password (hotspot only; it is the setup network, shown on screen)
 * @param address the IPv4 address to open, or null when unknown
 */
public record SetupHint(boolean hotspot, String ssid, String password, String address) {}
