package loop.playlist.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Supplier;
import loop.playlist.entity.LoopView;
import loop.web.Conflicts;
import loop.web.Envelope;

/**
 * LOOP's loop routes. Each edit may carry the {@code version} the client last saw (body field,
 * or {@code ?version=} on DELETE); a stale one gets 409 with the current loop in {@code data}.
 */
@Path("loop")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoopResource {

  /** {@code {"slug": ..., "version": n?}}. */
  public record AddRequest(@NotNull(message = "slug is required") String slug, Integer version) {}

  /** {@code {"loop": [slugs...], "version": n?}}. */
  public record ReorderRequest(
      @NotNull(message = "loop is required") @Size(max = 10000) List<String> loop,
      Integer version) {}

  /** {@code {"plays": n?, "min_seconds": n?, "version": n?}}; null means the default. */
  public record PolicyRequest(
      @Min(value = 1, message = "plays must be at least 1")
          @Max(value = 1000, message = "plays must be at most 1000")
          Integer plays,
      @Min(value = 0, message = "min_seconds must be 0 or more")
          @Max(value = 86400, message = "min_seconds must be at most 86400")
          Integer minSeconds,
      Integer version) {}

  @Inject Playlist playlist;

  LoopView edit(Supplier<LoopView> change) {
    return Conflicts.reported(change, playlist::view);
  }

  @GET
  public Envelope get() {
    return Envelope.ok("Loop", playlist.view());
  }

  @POST
  public Envelope add(@NotNull(message = "a JSON body is required") @Valid AddRequest body) {
    return Envelope.ok("Added to loop", edit(() -> playlist.add(body.slug(), body.version())));
  }

  @PUT
  public Envelope reorder(
      @NotNull(message = "a JSON body is required") @Valid ReorderRequest body) {
    return Envelope.ok("Loop reordered", edit(() -> playlist.reorder(body.loop(), body.version())));
  }

  @DELETE
  @Path("{slug}")
  public Envelope remove(@PathParam("slug") String slug, @QueryParam("version") Integer version) {
    return Envelope.ok("Removed from loop", edit(() -> playlist.remove(slug, version)));
  }

  @PUT
  @Path("{slug}")
  public Envelope policy(
      @PathParam("slug") String slug,
      @NotNull(message = "a JSON body is required") @Valid PolicyRequest body) {
    return Envelope.ok(
        "Loop policy updated",
        edit(() -> playlist.policy(slug, body.plays(), body.minSeconds(), body.version())));
  }
}
