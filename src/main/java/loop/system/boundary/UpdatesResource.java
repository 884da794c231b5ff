package loop.system.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import loop.system.control.Releases;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * LOOP's update routes, from a release manifest. Off (503 with a sentence) until {@code
 * loop.updates.manifest-url} is set. Check: 200 with {@link loop.system.entity.UpdateCheck}.
 * Install: 200 once the verified release is handed to the updater; 409 when nothing is newer or
 * an install runs; 502 when the manifest or archive is unreachable or wrong (checksum, size); 503
 * when there is no room; 500 when the updater cannot be started.
 */
@Path("updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatesResource {

  @Inject Releases releases;

  @GET
  @Path("check")
  public Envelope check() {
    return Envelope.ok("Updates checked", answer(releases::check));
  }

  @POST
  @Path("install")
  public Envelope install() {
    Releases.Handover h = answer(releases::install);
    return Envelope.ok("Release " + h.latestVersion() + " verified; Loop restarts with it now"
        + " and goes back to " + h.currentVersion() + " by itself if it does not come up.", h);
  }

  private static <T> T answer(Supplier<T> action) {
    try {
      return action.get();
    } catch (Releases.Failure f) {
      int status = switch (f.kind()) {
        case NOT_CONFIGURED, NO_SPACE -> 503;
        case REMOTE -> 502;
        case UP_TO_DATE, BUSY -> 409;
        case UPDATER -> 500;
      };
      throw new ApiException(status, f.getMessage(), f.data(), null);
    }
  }
}
