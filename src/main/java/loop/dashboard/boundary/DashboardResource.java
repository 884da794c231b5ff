package loop.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import loop.system.boundary.DeviceFigures;
import loop.system.entity.StorageFigures;
import loop.web.Envelope;

/** LOOP's dashboard routes; the first two answer raw JSON, as LOOP's did. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject Dashboard dashboard;
  @Inject DeviceFigures figures;

  /** LOOP's DashboardData, written from bytes rendered once per snapshot. */
  @GET
  public StreamingOutput dashboard() {
    return dashboard::writeJson;
  }

  @GET
  @Path("storage")
  public StorageFigures storage() {
    return figures.storage();
  }

  @GET
  @Path("memory")
  public Envelope memory() {
    return Envelope.ok("Memory figures", figures.memory());
  }
}
