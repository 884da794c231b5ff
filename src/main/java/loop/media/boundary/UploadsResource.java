package loop.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import loop.media.control.ResumableUploads;
import loop.web.Envelope;

/**
 * Resumable uploads, tus 1.0.0 (core, creation, termination, expiration, checksum with sha1):
 * a phone on bad WiFi resumes from the server's offset after a dropped connection or a server
 * restart. A completed upload goes through the same pipeline as a multipart one; the final
 * PATCH answers with the item's slug in {@code Loop-Media-Slug}, or with the refusal.
 */
@Path("uploads")
@Produces(MediaType.APPLICATION_JSON)
public class UploadsResource {

  static final String CHUNK_TYPE = "application/offset+octet-stream";

  @Inject TusProtocol flow;

  @OPTIONS
  public Response options() {
    return flow.capabilities();
  }

  @POST
  public Response create(@HeaderParam("Tus-Resumable") String version,
      @HeaderParam("Upload-Length") String length,
      @HeaderParam("Upload-Metadata") String metadata) {
    return flow.create(version, length, metadata);
  }

  @HEAD
  @Path("{id}")
  public Response offset(@HeaderParam("Tus-Resumable") String version,
      @PathParam("id") String id) {
    return flow.offset(version, id);
  }

  @PATCH
  @Path("{id}")
  @Consumes(CHUNK_TYPE)
  public Response append(@HeaderParam("Tus-Resumable") String version,
      @PathParam("id") String id, @HeaderParam("Upload-Offset") String offset,
      @HeaderParam("Upload-Checksum") String checksum, InputStream chunk) {
    return flow.append(version, id, offset, checksum, chunk);
  }

  @DELETE
  @Path("{id}")
  public Response terminate(@HeaderParam("Tus-Resumable") String version,
      @PathParam("id") String id) {
    return flow.terminate(version, id);
  }

  /** Loop's own: the upload's state as JSON (offset, length, file name). */
  @GET
  @Path("{id}")
  public Envelope state(@PathParam("id") String id) {
    return Envelope.ok("Upload", flow.state(id));
  }
}
