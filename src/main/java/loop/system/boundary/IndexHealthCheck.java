package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.system.control.IndexStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready, and alive, only while the SQLite index answers a query: a missing DB dir leaves JPA
 * dead, and a pool whose one connection never comes back leaves every upload, edit and frame of
 * playback waiting for good. The systemd watchdog restarts Loop when liveness fails twice (its
 * probe gives up after 8 s, long before the pool's 30 s wait ends); start-up reconciliation then
 * makes the index and the disk agree again. A healthy index answers in milliseconds, whatever the
 * load.
 */
@Liveness
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(IndexHealthCheck.class.getName());

  @Inject IndexStore index;

  @Override
  public HealthCheckResponse call() {
    boolean up;
    String detail;
    try {
      up = index.answers();
      detail = up ? "answers" : "wrong answer";
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "index health query failed", e);
      up = false;
      detail = "query failed (see the server log)";
    }
    return HealthCheckResponse.named("index").status(up).withData("sqlite", detail).build();
  }
}
