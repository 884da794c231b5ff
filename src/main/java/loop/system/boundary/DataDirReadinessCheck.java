package loop.system.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the data directory is writable and keeps more than the configured free space. */
@Readiness
@ApplicationScoped
public class DataDirReadinessCheck implements HealthCheck {

  @Inject DataDirectory data;
  @Inject DeviceFigures figures;

  @Inject
  @ConfigProperty(name = "loop.disk.min-free-mb", defaultValue = "100")
  long minFreeMb;

  @Override
  public HealthCheckResponse call() {
    boolean writable = writable(data.root());
    long free = writable ? figures.freeBytes() : -1;
    boolean enough = free >= minFreeMb * 1024 * 1024;
    return HealthCheckResponse.named("data-dir")
        .status(writable && enough)
        .withData("path", data.root().toString())
        .withData("writable", writable)
        .withData("free_mb", free < 0 ? -1 : free / (1024 * 1024))
        .withData("min_free_mb", minFreeMb)
        .build();
  }

  static boolean writable(Path dir) {
    try {
      Path probe = Files.createTempFile(Files.createDirectories(dir), ".probe-", ".tmp");
      Files.delete(probe);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
