package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.system.control.IndexStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the SQLite index answers a query (a missing DB dir leaves JPA dead). */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(IndexReadinessCheck.class.getName());

  @Inject IndexStore index;

  @Override
  public HealthCheckResponse call() {
    boolean up;
    String detail;
    try {
      up = index.answers();
      detail = up ? "answers" : "wrong answer";
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "index readiness query failed", e);
      up = false;
      detail = "query failed (see the server log)";
    }
    return HealthCheckResponse.named("index").status(up).withData("sqlite", detail).build();
  }
}
