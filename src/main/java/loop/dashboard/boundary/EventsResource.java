package loop.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import loop.dashboard.control.ChangeBroadcaster;

/** {@code GET /api/events}: Server-Sent Events for media, loop, player, job and settings changes. */
@Path("events")
public class EventsResource {

  @Inject ChangeBroadcaster broadcaster;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    broadcaster.register(sink, sse);
  }
}
