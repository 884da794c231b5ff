package loop.display.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import loop.display.entity.ScreenMessage;
import loop.system.boundary.Wifi;
import loop.system.entity.SetupHint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The messages Loop shows on its own: starting up, and how to reach the UI when idle. */
@ApplicationScoped
public class IdleScreen {

  static final String KEY = "idle";

  @Inject
  @ConfigProperty(name = "loop.http.port", defaultValue = "9080")
  int port;

  @Inject
  @ConfigProperty(name = "loop.version", defaultValue = "0.1.0")
  String version;

  @Inject Wifi wifi;

  ScreenMessage boot() {
    return new ScreenMessage("boot", ScreenMessage.BOOT, "Loop " + version,
        List.of("Starting…"), null, System.nanoTime() + 2_000_000_000L);
  }

  /**
   * "Add pictures at http://ADDRESS:PORT/" with a QR code of that URL; while Loop's setup hotspot
   * is up, first how to join it: its name and password, and a QR code that joins it.
   */
  ScreenMessage message() {
    SetupHint hint = wifi == null ? null : wifi.setupHint();
    String host = hint != null && hint.address() != null ? hint.address() : address();
    String url = "http://" + host + (port == 80 ? "" : ":" + port) + "/";
    if (hint != null && hint.hotspot()) {
      return new ScreenMessage(KEY, ScreenMessage.IDLE, "Connect to WiFi",
          List.of("Join " + hint.ssid() + ", password " + hint.password() + ", then open "
              + url), joinCode(hint), Long.MAX_VALUE);
    }
    return new ScreenMessage(KEY, ScreenMessage.IDLE, "Nothing to play yet",
        List.of("Open " + url + " on a phone on the same network and add pictures or videos."),
        url, Long.MAX_VALUE);
  }

  /** The QR payload phones read as "join this network" (ZXing's WIFI: format, WPA). */
  static String joinCode(SetupHint hint) {
    return "WIFI:T:WPA;S:" + qrEscape(hint.ssid()) + ";P:" + qrEscape(hint.password()) + ";;";
  }

  private static String qrEscape(String s) {
    return s == null ? "" : s.replaceAll("([\\\\;,:\"])", "\\\\$1");
  }

  /** The first non-loopback IPv4 address of an interface that is up; "localhost" when none. */
  static String address() {
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nif.isUp() || nif.isLoopback()) {
          continue;
        }
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
            return a.getHostAddress();
          }
        }
      }
    } catch (SocketException e) {
      return "localhost";
    }
    return "localhost";
  }
}
