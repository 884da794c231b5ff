package loop.player.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import loop.player.entity.LoopMode;
import loop.web.ApiException;
import loop.web.Envelope;

/** LOOP's playback routes; all act on persisted state, so a restart resumes where it was. */
@Path("playback")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybackResource {

  @Inject Player player;

  @POST
  @Path("toggle")
  public Envelope toggle() {
    boolean paused = player.toggle();
    return Envelope.ok(paused ? "Paused" : "Resumed", Map.of("paused", paused));
  }

  @POST
  @Path("next")
  public Envelope next() {
    player.step(+1);
    return Envelope.ok("Switched to next media", null);
  }

  @POST
  @Path("previous")
  public Envelope previous() {
    player.step(-1);
    return Envelope.ok("Switched to previous media", null);
  }

  /** Toggles all/one as LOOP did; {@code ?mode=all|one} sets it explicitly. */
  @POST
  @Path("loop-mode")
  public Envelope loopMode(@QueryParam("mode") String mode) {
    LoopMode wanted = mode == null ? null : LoopMode.fromWire(mode);
    if (mode != null && wanted == null) {
      throw ApiException.badRequest("Loop mode must be 'all' or 'one', not '" + mode + "'.");
    }
    LoopMode set = player.loopMode(wanted);
    return Envelope.ok("Loop mode set to: " + set.wire(), Map.of("loop_mode", set.wire()));
  }

  @POST
  @Path("force-stop-progress")
  public Envelope forceStopProgress() {
    return Envelope.ok("No progress display was showing", null);
  }
}
