package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import loop.system.control.IndexStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the data directory exists and the index has answered at least once. */
@Startup
@ApplicationScoped
public class IndexStartupCheck implements HealthCheck {

  @Inject IndexStore index;
  @Inject DataDirectory data;

  private volatile boolean started;

  @Override
  public HealthCheckResponse call() {
    if (!started) {
      try {
        started = java.nio.file.Files.isDirectory(data.root()) && index.answers();
      } catch (RuntimeException e) {
        started = false;
      }
    }
    return HealthCheckResponse.named("started").status(started).build();
  }
}
