package loop.system.entity;

/**
 * One network seen by a scan.
 *
 * @param ssid the network name as broadcast (1 to 32 bytes of UTF-8; hidden networks are left out)
 * @param signal signal quality, 0..100
 * @param secured true when joining needs a password
 */
public record WifiNetwork(String ssid, int signal, boolean secured) {}
