package loop.media.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Removes abandoned resumable uploads: every hour, those untouched for the expiry time. */
@ApplicationScoped
public class UploadExpiry {

  private static final Logger LOG = Logger.getLogger(UploadExpiry.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ResumableUploads uploads;
  private volatile ScheduledFuture<?> task;

  @Inject
  @ConfigProperty(name = "loop.uploads.expire-hours", defaultValue = "24")
  long expireHours;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000)
      @Initialized(ApplicationScoped.class) Object ignored) {
    task = scheduler.scheduleWithFixedDelay(this::expire, 1, 60, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false); // a task left scheduled keeps the undeployed app (and its memory) alive
    }
  }

  void expire() {
    try {
      int removed = uploads.expire(Duration.ofHours(expireHours));
      if (removed > 0) {
        LOG.info(() -> "removed " + removed + " abandoned upload(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "upload expiry failed", e);
    }
  }
}
