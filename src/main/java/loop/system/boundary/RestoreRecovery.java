package loop.system.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.system.control.ArchiveFiles;

/**
 * At start-up, before playback and conversions, finishes what a restore or backup cut short by
 * a crash left in {@code tmp/}. A restore staging directory with {@code old/} media directories
 * but without its {@code committed} mark died between swapping the directories and replacing the
 * index: the old directories go back (the index was never replaced). Everything else there
 * (staged archives, backup copies) is removed.
 */
@ApplicationScoped
public class RestoreRecovery {

  static final String COMMITTED = "committed";
  private static final Logger LOG = Logger.getLogger(RestoreRecovery.class.getName());

  @Inject DataDirectory data;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100)
      @Initialized(ApplicationScoped.class) Object ignored) {
    recover(data.dir("tmp"), data.root().resolve("media"));
  }

  static void recover(Path tmp, Path media) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmp,
        p -> p.getFileName().toString().matches("(restore|backup)-[0-9a-f-]+(\\.zip)?"))) {
      for (Path p : ds) {
        if (Files.isDirectory(p) && !Files.exists(p.resolve(COMMITTED))) {
          putBack(p, media);
        }
        ArchiveFiles.delete(p);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not clear interrupted restores in " + tmp, e);
    }
  }

  private static void putBack(Path staging, Path media) throws IOException {
    for (String dir : Backups.MEDIA) {
      Path old = staging.resolve("old").resolve(dir);
      if (Files.isDirectory(old)) {
        Path live = media.resolve(dir);
        if (Files.exists(live)) {
          ArchiveFiles.rename(live, staging.resolve("discarded").resolve(dir));
        }
        ArchiveFiles.rename(old, live);
        LOG.warning(() -> "an interrupted restore was rolled back: " + live + " is as before");
      }
    }
  }
}
