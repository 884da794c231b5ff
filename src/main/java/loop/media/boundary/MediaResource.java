package loop.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import javax.imageio.ImageIO;
import loop.media.control.ThumbnailRenderer;
import loop.media.control.pack.FramePack;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import loop.media.control.MultipartReader;
import loop.media.entity.MediaItem;
import loop.media.entity.MediaPage;
import loop.player.boundary.Player;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * LOOP's media routes (list, upload, activate, delete, cleanup) plus one item, its original, its
 * frames and its thumbnail (one class: JAX-RS does not fall back between root resources that
 * share a path prefix).
 */
@Path("media")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

  @Inject MediaLibrary library;
  @Inject Player player;

  /**
   * One page of the library, newest first: {@code ?limit=} (1..500, default 100) and the opaque
   * {@code ?cursor=} of the previous page's {@code next_cursor} (null on the last page).
   */
  @GET
  public Envelope list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    MediaPage page = library.page(limit(limit), cursor);
    var data = new java.util.LinkedHashMap<String, Object>();
    data.put("media", page.media());
    data.put("active", player.activeSlug());
    data.put("last_updated", System.currentTimeMillis() / 1000);
    data.put("total", library.count());
    data.put("next_cursor", page.nextCursor());
    return Envelope.ok("Media listed", data);
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return MediaLibrary.DEFAULT_PAGE;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be a whole number, not '"
          + MediaLibrary.abbreviate(text) + "'.");
    }
  }

  /**
   * LOOP's upload: one or more parts named {@code files}, each streamed to disk as it arrives.
   * Refused files are named in {@code errors}; the request fails only when nothing was accepted.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Envelope upload(@HeaderParam("Content-Type") String contentType, InputStream body) {
    String boundary = MultipartReader.boundary(contentType);
    if (boundary == null) {
      throw ApiException.badRequest("The upload has no multipart boundary.");
    }
    List<MediaLibrary.Incoming> received = new ArrayList<>();
    List<MediaLibrary.Outcome> outcomes = new ArrayList<>();
    MultipartReader reader = new MultipartReader(body, boundary);
    try {
      for (MultipartReader.Part part; (part = reader.next()) != null; ) {
        if (!"files".equals(part.name())) {
          continue;
        }
        String name = part.filename() == null ? "upload" : part.filename();
        if (received.size() + outcomes.size() >= library.maxFilesPerUpload()) {
          outcomes.add(library.tooMany(name)); // its bytes are skipped, never stored
          continue;
        }
        try {
          received.add(library.receive(name, part.body()));
        } catch (ApiException e) {
          outcomes.add(new MediaLibrary.Outcome(name, null, e));
        }
      }
    } catch (IOException e) {
      received.forEach(f -> library.discard(f));
      throw ApiException.badRequest(
          "The upload was cut off or is not well-formed multipart data; nothing more was kept.");
    }
    outcomes.addAll(library.importAll(received));
    return uploaded(outcomes);
  }

  /** The answer for a request's files: what was imported, and each refusal with its reason. */
  static Envelope uploaded(List<MediaLibrary.Outcome> outcomes) {
    List<MediaLibrary.Imported> imported = outcomes.stream()
        .map(MediaLibrary.Outcome::imported).filter(i -> i != null).toList();
    List<Envelope.FieldError> refused = outcomes.stream().filter(o -> o.refused() != null)
        .map(o -> new Envelope.FieldError(o.name(), o.refused().getMessage())).toList();
    ApiException firstRefusal = outcomes.stream().map(MediaLibrary.Outcome::refused)
        .filter(e -> e != null).findFirst().orElse(null);
    return uploaded(imported, refused, firstRefusal);
  }

  static Envelope uploaded(
      List<MediaLibrary.Imported> imported, List<Envelope.FieldError> refused,
      ApiException firstRefusal) {
    if (imported.isEmpty() && firstRefusal != null) {
      throw new ApiException(firstRefusal.status(), firstRefusal.getMessage(), null, refused);
    }
    if (imported.isEmpty()) {
      throw ApiException.badRequest("No file was sent: add one or more parts named 'files'.");
    }
    Map<String, Object> data =
        Map.of(
            "slug", imported.get(0).slug(),
            "slugs", imported.stream().map(MediaLibrary.Imported::slug).distinct().toList(),
            "job_ids", imported.stream().map(MediaLibrary.Imported::jobId)
                .filter(j -> j != null).toList());
    String message = refused.isEmpty()
        ? "Processed " + imported.size() + " files"
        : "Accepted " + imported.size() + " of " + (imported.size() + refused.size())
            + " files. Refused: " + refused.get(0).error();
    return new Envelope(true, message, data, refused.isEmpty() ? null : refused);
  }

  @GET
  @Path("{slug}")
  public Envelope detail(@PathParam("slug") String slug) {
    return Envelope.ok("Media item", library.detail(slug));
  }

  @GET
  @Path("{slug}/original")
  @Produces(MediaType.WILDCARD)
  public Response original(@PathParam("slug") String slug) {
    MediaItem item = library.item(slug);
    java.nio.file.Path file = library.originalFile(item);
    if (file == null || !Files.isRegularFile(file)) {
      throw ApiException.notFound("The original of '" + slug + "' is no longer stored.");
    }
    return Response.ok(file.toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("Content-Disposition", Disposition.attachment(item.getFilename()))
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  /** The item's own settings: {@code {"fit": "fit"|"crop"}}; a change converts it again. */
  public record Settings(String fit) {}

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("slug") String slug, Settings settings) {
    if (settings == null || settings.fit() == null) {
      throw ApiException.badRequest("Send {\"fit\": \"fit\"} or {\"fit\": \"crop\"}.");
    }
    boolean queued = library.refit(slug, settings.fit());
    var detail = library.detail(slug);
    return queued
        ? Response.accepted(Envelope.ok("Converting '" + detail.filename() + "' again to "
            + settings.fit().trim().toLowerCase(java.util.Locale.ROOT), detail)).build()
        : Response.ok(Envelope.ok("Nothing to change", detail)).build();
  }

  @POST
  @Path("{slug}/activate")
  public Envelope activate(@PathParam("slug") String slug) {
    player.activate(slug);
    return Envelope.ok("Activated media: " + slug, null);
  }

  @DELETE
  @Path("{slug}")
  public Envelope delete(@PathParam("slug") String slug) {
    library.delete(slug);
    return Envelope.ok("Deleted media: " + slug, null);
  }

  @POST
  @Path("cleanup")
  public Envelope cleanup() {
    int removed = library.cleanup();
    return Envelope.ok("Cleaned up " + removed + " orphaned files", null);
  }

  /** Frame {@code n} (0-based) as {@code application/octet-stream} RGB565BE, or {@code ?format=png}. */
  @GET
  @Path("{slug}/frames/{n}")
  @Produces({MediaType.APPLICATION_OCTET_STREAM, "image/png"})
  public Response frame(@PathParam("slug") String slug, @PathParam("n") int n,
      @QueryParam("format") String format, @Context Request request) {
    MediaItem item = library.item(slug); // read once: the tag names the pack the bytes come from
    FramePack pack = library.pack(item);
    ByteBuffer frame = library.frame(pack, n);
    EntityTag tag = new EntityTag(item.getPackName() + "/" + n
        + ("png".equals(format) ? ".png" : ""));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.header("Cache-Control", REVALIDATE).build();
    }
    int w = pack.geometry().width();
    int h = pack.geometry().height();
    if ("png".equals(format)) {
      StreamingOutput png = out -> ImageIO.write(ThumbnailRenderer.image(frame, w, h, 1), "png", out);
      return Response.ok(png, "image/png").tag(tag).header("Cache-Control", REVALIDATE).build();
    }
    StreamingOutput raw = out -> Channels.newChannel(out).write(frame);
    return Response.ok(raw, MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header("X-Frame-Width", w).header("X-Frame-Height", h)
        .header("X-Frame-Duration-Ms", pack.duration(n))
        .tag(tag).header("Cache-Control", REVALIDATE).build();
  }

  @GET
  @Path("{slug}/thumbnail")
  @Produces("image/png")
  public Response thumbnail(@PathParam("slug") String slug, @Context Request request) {
    java.nio.file.Path png = library.thumbnail(slug);
    EntityTag tag = new EntityTag(png.getFileName().toString()); // named by content and fit
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.header("Cache-Control", REVALIDATE).build();
    }
    return Response.ok(png.toFile(), "image/png").tag(tag)
        .header("Cache-Control", REVALIDATE).build();
  }

  /**
   * Frames and thumbnails change when an item is converted again with another fit, under the
   * same URL: browsers keep them but ask each time; the tag (the pack's name: content and fit)
   * answers 304 while they are current.
   */
  private static final String REVALIDATE = "private, no-cache";
}
