package loop.system.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one writable place Loop owns: {@code loop.data.dir} (env {@code LOOP_DATA_DIR}), holding
 * the SQLite index, the media and temporary files. Directories are created on first use.
 */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "loop.data.dir", defaultValue = "data")
  String dataDir;

  Path root;

  @PostConstruct
  void init() {
    root = Path.of(dataDir).toAbsolutePath().normalize();
  }

  /**
   * Creates the data directory as the application starts, before the first index access opens
   * the SQLite file (SQLite cannot create a missing directory).
   */
  void onStart(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
          Object ignored) {
    dir(".");
  }

  /** The data directory itself. */
  public Path root() {
    return root;
  }

  /** A sub-directory of the data directory, created if missing. */
  public Path dir(String name) {
    Path dir = root.resolve(name).normalize();
    if (!dir.startsWith(root)) {
      throw new IllegalArgumentException("outside the data directory: " + name);
    }
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
