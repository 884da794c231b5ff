package loop.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import javax.imageio.ImageIO;
import loop.media.control.ThumbnailRenderer;
import loop.media.control.pack.FramePack;

/** An item's converted frames (raw RGB565 big-endian, or PNG) and its thumbnail. */
@Path("media/{slug}")
public class MediaFramesResource {

  @Inject MediaLibrary library;

  /** Frame {@code n} (0-based) as {@code application/octet-stream} RGB565BE, or {@code ?format=png}. */
  @GET
  @Path("frames/{n}")
  @Produces({MediaType.APPLICATION_OCTET_STREAM, "image/png"})
  public Response frame(@PathParam("slug") String slug, @PathParam("n") int n,
      @QueryParam("format") String format) {
    FramePack pack = library.pack(slug);
    ByteBuffer frame = library.frame(pack, n);
    int w = pack.geometry().width();
    int h = pack.geometry().height();
    if ("png".equals(format)) {
      StreamingOutput png = out -> ImageIO.write(ThumbnailRenderer.image(frame, w, h, 1), "png", out);
      return Response.ok(png, "image/png").header("Cache-Control", "private, max-age=3600").build();
    }
    StreamingOutput raw = out -> Channels.newChannel(out).write(frame);
    return Response.ok(raw, MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("X-Frame-Width", w).header("X-Frame-Height", h)
        .header("X-Frame-Duration-Ms", pack.duration(n))
        .header("Cache-Control", "private, max-age=3600").build();
  }

  @GET
  @Path("thumbnail")
  @Produces("image/png")
  public Response thumbnail(@PathParam("slug") String slug) {
    return Response.ok(library.thumbnail(slug).toFile(), "image/png")
        .header("Cache-Control", "private, max-age=3600").build();
  }
}
