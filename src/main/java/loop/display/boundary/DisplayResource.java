package loop.display.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import loop.web.Conflicts;
import loop.web.Envelope;

/** LOOP's brightness routes; the value is persisted in the index. */
@Path("display")
@Produces(MediaType.APPLICATION_JSON)
public class DisplayResource {

  /**
   * {@code {"brightness": int|null, "version": n?}}; out-of-range values are clamped to 0..100
   * and null changes nothing (both as LOOP did).
   */
  public record BrightnessRequest(Integer brightness, Integer version) {}

  @Inject Display display;

  @GET
  @Path("brightness")
  public Envelope brightness() {
    return Envelope.ok("Display settings", display.brightness());
  }

  @POST
  @Path("brightness")
  @Consumes(MediaType.APPLICATION_JSON)
  public Envelope brightness(
      @NotNull(message = "a JSON body is required") @Valid BrightnessRequest body) {
    if (body.brightness() == null) {
      return Envelope.ok("Display settings unchanged", display.brightness());
    }
    return Envelope.ok(
        "Display settings updated",
        Conflicts.reported(
            () -> display.brightness(body.brightness(), body.version()), display::brightness));
  }
}
