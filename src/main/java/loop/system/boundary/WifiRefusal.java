package loop.system.boundary;

import java.io.IOException;
import loop.system.control.NmcliFailure;
import loop.web.ApiException;

/** Turns what went wrong in NetworkManager into the user's sentence and status code. */
final class WifiRefusal {

  private WifiRefusal() {}

  /** @param ssid the network the user named, or null */
  static ApiException of(IOException e, String ssid) {
    String net = ssid == null ? "the network" : "\"" + ssid + "\"";
    if (!(e instanceof NmcliFailure f)) {
      return new ApiException(502, "NetworkManager failed: " + e.getMessage(), null, null);
    }
    return switch (f.kind()) {
      case BAD_PASSWORD -> ApiException.badRequest("The password for " + net
          + " was not accepted.");
      case NOT_FOUND -> ApiException.notFound("No network named " + net + " is in range.");
      case TIMEOUT -> new ApiException(504, "NetworkManager did not finish in time; " + net
          + " may be out of range.", null, null);
      case BUSY -> ApiException.conflict("WiFi is busy with another change; try again in a "
          + "minute.", null);
      case MISSING -> ApiException.unavailable(f.getMessage());
      case FAILED -> new ApiException(502, "NetworkManager could not do it: " + f.getMessage(),
          null, null);
    };
  }
}
