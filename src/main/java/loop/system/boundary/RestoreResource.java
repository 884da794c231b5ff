package loop.system.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import loop.media.control.MultipartReader;
import loop.system.entity.RestoreSummary;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * {@code POST /api/restore}: a backup archive back, as multipart field {@code file} or a raw
 * {@code application/zip} body; answers what was restored. Refusals (400/413/422/507) leave
 * the live data untouched.
 */
@Path("restore")
@Produces(MediaType.APPLICATION_JSON)
public class RestoreResource {

  @Inject Restores restores;

  @POST
  @Consumes({BackupResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
  public Envelope restoreRaw(InputStream body) {
    return restored(restores.restore(body));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Envelope restoreMultipart(@HeaderParam("Content-Type") String type, InputStream body) {
    String boundary = MultipartReader.boundary(type);
    if (boundary == null) {
      throw ApiException.badRequest("The upload has no multipart boundary.");
    }
    MultipartReader reader = new MultipartReader(body, boundary);
    try {
      for (MultipartReader.Part part; (part = reader.next()) != null; ) {
        if ("file".equals(part.name())) {
          return restored(restores.restore(part.body()));
        }
      }
    } catch (IOException e) {
      throw ApiException.badRequest("The upload was cut off or is not well-formed multipart "
          + "data; nothing was changed.");
    }
    throw ApiException.badRequest("The upload has no part named 'file' holding the backup.");
  }

  private static Envelope restored(RestoreSummary s) {
    return Envelope.ok("Restored " + s.items() + " media item(s) and a loop of "
        + s.loopEntries() + " from the backup made " + s.created() + ".", s);
  }
}
