package loop.system.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /api/backup[?originals=false]}: the whole device as a ZIP streamed while it is
 * written ({@code Content-Disposition: attachment; filename=loop-backup-<UTC stamp>.zip}).
 */
@Path("backup")
public class BackupResource {

  static final String ZIP = "application/zip";

  @Inject Backups backups;

  @GET
  @Produces(ZIP)
  public Response backup(@QueryParam("originals") @DefaultValue("true") boolean originals) {
    Backups.Prepared p = backups.prepare(originals);
    StreamingOutput body = out -> backups.write(p, out);
    return Response.ok(body, ZIP)
        .header("Content-Disposition", "attachment; filename=" + p.filename())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
