package loop.display.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import loop.web.Conflicts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.util.List;
import javax.imageio.ImageIO;
import loop.display.control.virtual.VirtualSink;
import loop.display.entity.ScreenMessage;
import loop.media.control.ThumbnailRenderer;
import loop.web.ApiException;
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

  /** A PNG of what the screen shows now (a frame, or a message). */
  @GET
  @Path("snapshot")
  @Produces("image/png")
  public Response snapshot() {
    VirtualSink.Snapshot s = display.snapshot().orElseThrow(
        () -> ApiException.notFound("Nothing has been shown yet."));
    StreamingOutput png = out -> ImageIO.write(ThumbnailRenderer.image(
        ByteBuffer.wrap(s.rgb565()), s.geometry().width(), s.geometry().height(), 1), "png", out);
    return Response.ok(png, "image/png").header("Cache-Control", "no-store").build();
  }

  /** {@code {"text", "lines"?, "priority"?, "seconds"?}}: a message on the screen. */
  public record MessageRequest(
      @NotNull(message = "text is required") @Size(max = 200) String text,
      @Size(max = 6) List<@Size(max = 200) String> lines,
      @Min(0) @Max(100) Integer priority,
      @Min(0) @Max(86400) Integer seconds) {}

  @POST
  @Path("message")
  @Consumes(MediaType.APPLICATION_JSON)
  public Envelope message(@NotNull(message = "a JSON body is required") @Valid MessageRequest m) {
    display.message("api", m.priority() == null ? ScreenMessage.INFO : m.priority(), m.text(),
        m.lines() == null ? List.of() : m.lines(), m.seconds() == null ? 10 : m.seconds());
    return Envelope.ok("Message shown", null);
  }

  @DELETE
  @Path("message")
  public Envelope clearMessage() {
    display.withdraw("api");
    return Envelope.ok("Message cleared", null);
  }

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
