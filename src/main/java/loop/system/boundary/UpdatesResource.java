package loop.system.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import loop.web.ApiException;
import loop.web.Envelope;

/** LOOP's update routes: 503 with a sentence until release-manifest updates land. */
@Path("updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatesResource {

  static final String UNAVAILABLE =
      "Updates are not available on this device yet; install a new release with the installer.";

  @GET
  @Path("check")
  public Envelope check() {
    throw ApiException.unavailable(UNAVAILABLE);
  }

  @POST
  @Path("install")
  public Envelope install() {
    throw ApiException.unavailable(UNAVAILABLE);
  }
}
