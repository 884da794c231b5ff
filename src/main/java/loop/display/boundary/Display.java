package loop.display.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import loop.display.control.DisplaySettingsStore;
import loop.display.control.HardwareSinks;
import loop.display.control.Screen;
import loop.display.control.virtual.VirtualSink;
import loop.display.entity.BrightnessView;
import loop.display.entity.DisplaySettings;
import loop.display.entity.ScreenMessage;
import loop.display.entity.SettingsChanged;
import loop.media.entity.Geometry;
import loop.media.entity.JobProgressed;
import loop.media.entity.MediaFailed;
import loop.media.entity.ProcessingJob;
import loop.system.entity.WifiChanged;
import loop.system.entity.IndexRestored;
import loop.web.ApiException;

/**
 * The display as others see it: frames from playback, on-screen messages, brightness (persisted)
 * and what the screen shows now. The configured hardware is opened at start-up; when it fails to
 * open or fails later, the screen degrades to the virtual sink and the hardware is retried with
 * backoff (5 s doubling to 5 min), never stopping playback.
 */
@ApplicationScoped
public class Display {

  private static final Logger LOG = Logger.getLogger(Display.class.getName());

  @Inject DisplaySettingsStore store;
  @Inject Event<SettingsChanged> changed;
  @Inject HardwareSinks hardware;
  @Inject IdleScreen idleScreen;
  @Resource ManagedScheduledExecutorService scheduler;

  final Screen screen = new Screen();
  private volatile long retryDelaySeconds = 5;
  private volatile ScheduledFuture<?> refresher;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500)
      @Initialized(ApplicationScoped.class) Object ignored) {
    screen.board().post(idleScreen.boot());
    openHardware();
    screen.brightness(brightness().brightness());
    refresher = scheduler.scheduleWithFixedDelay(() -> screen.refresh(System.nanoTime()), 250,
        250, TimeUnit.MILLISECONDS);
  }

  void openHardware() {
    if (!hardware.configured()) {
      return;
    }
    try {
      screen.hardware(hardware.open());
      screen.brightness(brightness().brightness());
      retryDelaySeconds = 5;
      LOG.info(() -> "display " + hardware.driver() + " opened");
    } catch (IOException | RuntimeException | LinkageError e) {
      LOG.warning(() -> "display " + hardware.driver() + " unavailable (" + e.getMessage()
          + "); retrying in " + retryDelaySeconds + " s");
      scheduler.schedule(this::openHardware, retryDelaySeconds, TimeUnit.SECONDS);
      retryDelaySeconds = Math.min(300, retryDelaySeconds * 2);
    }
  }

  /** Shows a playback frame (the playback thread's only call). */
  public void show(ByteBuffer rgb565, Geometry geometry) {
    screen.board().withdraw(IdleScreen.KEY);
    screen.frame(rgb565, geometry, System.nanoTime());
    if (hardware.configured() && screen.degraded().isPresent() && retryDelaySeconds == 5) {
      retryDelaySeconds = 6; // a failure while running: schedule one reopen chain
      scheduler.schedule(this::openHardware, 5, TimeUnit.SECONDS);
    }
  }

  /** Nothing to play: how to reach the UI, with a QR code of its address. */
  public void idle() {
    screen.board().post(idleScreen.message());
    screen.refresh(System.nanoTime());
  }

  /** A WiFi change alters how to reach the UI: redraw the idle screen if it is up. */
  void onWifiChanged(@ObservesAsync WifiChanged e) {
    if (screen.showing(IdleScreen.KEY)) {
      idle();
    }
  }

  /** Posts a message for {@code seconds} (0 = until withdrawn). */
  public void message(String key, int priority, String title, List<String> lines, int seconds) {
    long expires = seconds <= 0 ? Long.MAX_VALUE
        : System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    screen.board().post(new ScreenMessage(key, priority, title, lines, null, expires));
    screen.refresh(System.nanoTime());
  }

  public void withdraw(String key) {
    screen.board().withdraw(key);
    screen.refresh(System.nanoTime());
  }

  /** What the screen shows now; empty before the first frame or message. */
  public Optional<VirtualSink.Snapshot> snapshot() {
    return screen.snapshot();
  }

  /** The sink in use, and why the configured hardware is not, if it is not. */
  public String driver() {
    return screen.driver();
  }

  public Optional<String> degraded() {
    return screen.degraded();
  }

  public long framesShown() {
    return screen.framesShown();
  }

  @Transactional
  public BrightnessView brightness() {
    DisplaySettings s = store.settings();
    return new BrightnessView(s.getBrightness(), s.getVersion());
  }

  /** Sets the brightness (clamped 0..100); 409 with the current value when the version is stale. */
  @Transactional
  public BrightnessView brightness(int level, Integer expectedVersion) {
    DisplaySettings s = store.settings();
    if (expectedVersion != null && expectedVersion != s.getVersion()) {
      throw ApiException.conflict(
          "The brightness was changed elsewhere; here is the current value.", brightness());
    }
    s.setBrightness(level);
    store.flush();
    changed.fire(new SettingsChanged("brightness"));
    screen.brightness(s.getBrightness());
    return brightness();
  }

  /**
   * Conversion progress takes the screen only while nothing plays (the idle screen is up), so a
   * first upload shows its progress and playback is never hidden by it.
   */
  void onJob(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobProgressed job) {
    if (job.status() == ProcessingJob.Status.PROCESSING && screen.showing(IdleScreen.KEY)) {
      message("progress", ScreenMessage.PROGRESS, "Converting… " + job.progress() + " %",
          List.of("Your upload will play as soon as it is ready."), 10);
    } else if (job.status() != ProcessingJob.Status.PROCESSING) {
      withdraw("progress");
    }
  }

  /** A failed conversion is shown for 8 s with its reason. */
  void onFailed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaFailed failed) {
    message("error", ScreenMessage.ERROR, "Could not play an upload",
        List.of(failed.reason()), 8);
  }

  /** A restore brought its own brightness: apply it. */
  @Transactional
  void onRestored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexRestored restored) {
    screen.brightness(store.settings().getBrightness());
  }

  @PreDestroy
  void close() {
    ScheduledFuture<?> r = refresher;
    if (r != null) {
      r.cancel(false); // a task left scheduled keeps the undeployed app (and its memory) alive
    }
    screen.close();
  }
}
