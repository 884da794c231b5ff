package loop.system.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import loop.system.control.WifiPolicy;
import loop.system.entity.WifiStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the device reachable: every {@code loop.wifi.check-seconds} it reads the WiFi status, asks
 * {@link WifiPolicy} what to do and does it (join the configured network, or open the setup
 * hotspot). Started with the application unless {@code loop.wifi.enabled=false}; a device without
 * nmcli costs one file lookup per check.
 */
@ApplicationScoped
public class WifiSupervisor {

  private static final Logger LOG = Logger.getLogger(WifiSupervisor.class.getName());

  @Inject Wifi wifi;
  @Resource ManagedScheduledExecutorService scheduler;
  private volatile ScheduledFuture<?> task;

  @Inject @ConfigProperty(name = "loop.wifi.enabled", defaultValue = "true") boolean enabled;
  @Inject @ConfigProperty(name = "loop.wifi.check-seconds", defaultValue = "10") int checkSeconds;
  @Inject @ConfigProperty(name = "loop.wifi.hotspot-grace-seconds", defaultValue = "120")
  int graceSeconds;
  @Inject @ConfigProperty(name = "loop.wifi.retry-max-seconds", defaultValue = "300")
  int retryMaxSeconds;
  @Inject @ConfigProperty(name = "loop.wifi.blind-retry-seconds", defaultValue = "600")
  int blindRetrySeconds;

  InstantSource clock = InstantSource.system();
  private volatile WifiPolicy policy;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900)
      @Initialized(ApplicationScoped.class) Object ignored) {
    if (!enabled) {
      LOG.info("WiFi supervision is off (loop.wifi.enabled=false)");
      return;
    }
    long every = Math.max(2, checkSeconds);
    task = scheduler.scheduleWithFixedDelay(this::check, 1, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false); // a task left scheduled keeps the undeployed app (and its memory) alive
    }
  }

  /** One check: observe, decide, act. Never throws (the schedule must go on). */
  void check() {
    try {
      if (!wifi.installed()) {
        return;
      }
      WifiStatus s = wifi.refresh();
      if (!s.available()) {
        return;
      }
      String configured = wifi.configuredSsid();
      boolean visible = s.hotspotActive() && configured != null && wifi.inRange(configured);
      WifiPolicy.Action action = policy().next(new WifiPolicy.Observation(s.connected(),
          s.hotspotActive(), "connecting".equals(s.state()), configured, visible));
      act(action, configured);
    } catch (RuntimeException e) {
      LOG.warning(() -> "WiFi check failed: " + e);
    }
  }

  private void act(WifiPolicy.Action action, String configured) {
    try {
      switch (action) {
        case JOIN -> {
          LOG.info(() -> "joining the configured network " + configured);
          wifi.joinConfigured();
        }
        case START_HOTSPOT -> {
          LOG.info("no WiFi connection: opening the setup hotspot");
          wifi.startHotspot();
        }
        case NONE -> {
          return;
        }
      }
    } catch (IOException e) {
      LOG.info(() -> action + " did not work: " + e.getMessage());
    }
    wifi.refresh();
  }

  /** The user switched the hotspot on (held) or off. */
  void userHotspot(boolean on) {
    policy().userHotspot(on);
  }

  /** The user joined a network, or tried to. */
  void userJoined(boolean ok) {
    policy().userJoined(ok);
  }

  WifiPolicy policy() {
    WifiPolicy p = policy;
    if (p == null) {
      synchronized (this) {
        if (policy == null) {
          policy = new WifiPolicy(clock, Duration.ofSeconds(graceSeconds),
              Duration.ofSeconds(Math.max(2, checkSeconds)), Duration.ofSeconds(retryMaxSeconds),
              Duration.ofSeconds(blindRetrySeconds), wifi.hotspotEnabled());
        }
        p = policy;
      }
    }
    return p;
  }
}
