package loop.system.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * LOOP's WiFi routes. Until NetworkManager integration lands they answer 503 with a sentence,
 * never a fake success (LOOP returned 200 with {@code success:false}).
 */
@Path("wifi")
@Produces(MediaType.APPLICATION_JSON)
public class WifiResource {

  static final String UNAVAILABLE =
      "WiFi management is not available on this device yet; connect it with the operating "
          + "system's network settings.";

  @GET
  @Path("scan")
  public Envelope scan() {
    throw ApiException.unavailable(UNAVAILABLE);
  }

  @POST
  @Path("connect")
  public Envelope connect() {
    throw ApiException.unavailable(UNAVAILABLE);
  }

  @POST
  @Path("save-current")
  public Envelope saveCurrent() {
    throw ApiException.unavailable(UNAVAILABLE);
  }

  @POST
  @Path("hotspot")
  public Envelope hotspot() {
    throw ApiException.unavailable(UNAVAILABLE);
  }
}
