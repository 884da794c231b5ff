package loop.system.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import loop.system.control.CommandRunner;
import loop.system.control.HotspotIdentity;
import loop.system.control.Nmcli;
import loop.system.control.NmcliFailure;
import loop.system.control.Radio;
import loop.system.control.StatusReader;
import loop.system.control.WifiCredentials;
import loop.system.control.WifiMemory;
import loop.system.entity.SetupHint;
import loop.system.entity.WifiChanged;
import loop.system.entity.WifiNetwork;
import loop.system.entity.WifiStatus;
import loop.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WiFi as others see it: status (cached, refreshed by {@link WifiSupervisor} and after every
 * change), scan (cached 10 s), join, remember the current network, hotspot on/off. One radio, so
 * one change at a time: a second caller waits up to 60 s, then gets 409.
 */
@ApplicationScoped
public class Wifi {

  static final String NO_NMCLI = "WiFi management is not available on this device: NetworkManager "
      + "(nmcli) is not installed. Connect it with the operating system's network settings.";
  private static final long SCAN_TTL_MS = 10_000;
  private static final long STATUS_TTL_MS = 15_000;

  @Inject CommandRunner runner;
  @Inject DataDirectory data;
  @Inject Event<WifiChanged> changed;
  @Inject WifiSupervisor supervisor;
  @Resource ManagedExecutorService executor;

  @Inject @ConfigProperty(name = "loop.wifi.nmcli", defaultValue = "nmcli") String program;
  @Inject @ConfigProperty(name = "loop.wifi.interface") Optional<String> interfaceName;
  @Inject @ConfigProperty(name = "loop.wifi.ssid") Optional<String> initialSsid;
  @Inject @ConfigProperty(name = "loop.wifi.hotspot-enabled", defaultValue = "true")
  boolean hotspotEnabled;
  @Inject @ConfigProperty(name = "loop.wifi.hotspot-ssid") Optional<String> hotspotSsid;
  @Inject @ConfigProperty(name = "loop.wifi.hotspot-password") Optional<String> hotspotPassword;
  @Inject @ConfigProperty(name = "loop.wifi.connect-timeout-seconds", defaultValue = "45")
  int connectSeconds;

  Nmcli nmcli;
  WifiMemory memory;
  HotspotIdentity hotspot;
  StatusReader reader;
  final Radio radio = new Radio(60);
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile WifiStatus status;
  private volatile long statusAt;
  private volatile List<WifiNetwork> scanned = List.of();
  private volatile long scannedAt;

  @PostConstruct
  void init() {
    Path tmp = data.dir("tmp");
    nmcli = new Nmcli(runner, program.strip(), tmp, connectSeconds);
    memory = new WifiMemory(data.root().resolve("wifi.properties"));
    hotspot = new HotspotIdentity(hotspotSsid, hotspotPassword, memory, Path.of("/sys/class/net"));
    reader = new StatusReader(nmcli, hotspot);
    Nmcli.removeLeftSecrets(tmp);
  }

  /** The last known status (never blocks on nmcli; a stale one is refreshed in the background). */
  public WifiStatus status() {
    if (!installed()) {
      return WifiStatus.unavailable(NO_NMCLI, configuredSsid());
    }
    WifiStatus s = status;
    if (s == null || System.currentTimeMillis() - statusAt > STATUS_TTL_MS) {
      refreshLater();
    }
    return s != null ? s : new WifiStatus(true, false, false, null, null, configuredSsid(),
        hotspot.ssid(null), null, "unknown", null);
  }

  /** Reads the status from NetworkManager now (blocks up to ~30 s) and tells observers of change. */
  public WifiStatus refresh() {
    WifiStatus s;
    try {
      s = reader.read(interfaceName.orElse("").strip(), configuredSsid());
    } catch (IOException e) {
      s = WifiStatus.unavailable(e instanceof NmcliFailure f && f.kind() == NmcliFailure.Kind.MISSING
          ? NO_NMCLI : "NetworkManager did not answer: " + e.getMessage(), configuredSsid());
    }
    WifiStatus before = status;
    status = s;
    statusAt = System.currentTimeMillis();
    if (!s.equals(before)) {
      changed.fireAsync(new WifiChanged(s));
    }
    return s;
  }

  /** Networks in range, strongest first; 503 when this device has no WiFi management. */
  public List<WifiNetwork> scan() {
    if (System.currentTimeMillis() - scannedAt < SCAN_TTL_MS) {
      return scanned;
    }
    return exclusively(() -> {
      scanned = nmcli.scan(device());
      scannedAt = System.currentTimeMillis();
      return scanned;
    }, null);
  }

  /** True when a recent scan saw {@code ssid} (scans if the last one is stale). */
  boolean inRange(String ssid) {
    try {
      return scan().stream().anyMatch(n -> n.ssid().equals(ssid));
    } catch (ApiException e) {
      return false;
    }
  }

  /**
   * Joins {@code ssid} and remembers it as the network to keep joining; the password goes to
   * NetworkManager only. 400 for an illegal name or password, 404 not in range, 400 refused key.
   */
  public WifiStatus connect(String ssid, String password) {
    WifiCredentials.ssidProblem(ssid).ifPresent(p -> { throw ApiException.badRequest(p); });
    String pw = password == null ? "" : password;
    WifiCredentials.passwordProblem(pw).ifPresent(p -> { throw ApiException.badRequest(p); });
    return exclusively(() -> {
      try {
        nmcli.connect(device(), ssid, pw);
      } catch (IOException e) {
        supervisor.userJoined(false);
        throw e;
      }
      memory.configuredSsid(ssid);
      supervisor.userJoined(true);
      return refresh();
    }, ssid);
  }

  /** Remembers the network joined now as the one to keep joining; 400 when not joined. */
  public String saveCurrent() {
    WifiStatus s = requireAvailable(refresh());
    if (!s.connected() || s.currentSsid() == null || s.currentSsid().isEmpty()) {
      throw ApiException.badRequest("Loop is not joined to a WiFi network now, so there is none "
          + "to remember.");
    }
    try {
      memory.configuredSsid(s.currentSsid());
    } catch (IOException e) {
      throw new ApiException(500, "The network could not be remembered: " + e.getMessage(), null,
          null);
    }
    refresh();
    return s.currentSsid();
  }

  /** Switches the setup hotspot off when it is up, else on; answers whether it is up now. */
  public boolean toggleHotspot() {
    boolean up = requireAvailable(refresh()).hotspotActive();
    if (!up && !hotspotEnabled) {
      throw new ApiException(403, "The setup hotspot is switched off in the configuration "
          + "(loop.wifi.hotspot-enabled).", null, null);
    }
    return exclusively(() -> {
      if (up) {
        nmcli.stopHotspot();
      } else {
        nmcli.startHotspot(device(), hotspot.ssid(device()), hotspot.password());
      }
      supervisor.userHotspot(!up);
      return refresh().hotspotActive();
    }, null);
  }

  /** How a phone reaches Loop now: via the hotspot (name, password, address) or the network. */
  public SetupHint setupHint() {
    WifiStatus s = status();
    if (s.hotspotActive()) {
      return new SetupHint(true, s.hotspotSsid(), hotspotPassword(), Nmcli.HOTSPOT_ADDRESS);
    }
    return new SetupHint(false, null, null, s.connected() ? s.ipAddress() : null);
  }

  /** The configured network (remembered, else {@code loop.wifi.ssid}), or null. */
  public String configuredSsid() {
    String remembered = memory.configuredSsid();
    return remembered != null ? remembered : initialSsid.filter(v -> !v.isBlank()).orElse(null);
  }

  boolean hotspotEnabled() {
    return hotspotEnabled;
  }

  /** Used by the supervisor: join the configured network (a known profile). */
  void joinConfigured() throws IOException {
    String ssid = configuredSsid();
    if (ssid != null) {
      radio.alone(() -> {
        nmcli.join(device(), ssid);
        return null;
      });
    }
  }

  /** Used by the supervisor: open the setup hotspot. */
  void startHotspot() throws IOException {
    radio.alone(() -> {
      nmcli.startHotspot(device(), hotspot.ssid(device()), hotspot.password());
      return null;
    });
  }

  /** The setup hotspot's password (shown on screen), or null when it cannot be read or made. */
  String hotspotPassword() {
    try {
      return hotspot.password();
    } catch (IOException e) {
      return null;
    }
  }

  boolean installed() {
    String p = program.strip();
    return p.contains("/") ? Files.isExecutable(Path.of(p))
        : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, p)));
  }

  private String device() throws IOException {
    WifiStatus s = status;
    if (s != null && s.interfaceName() != null) {
      return s.interfaceName();
    }
    if (!installed()) {
      throw new NmcliFailure(NmcliFailure.Kind.MISSING, NO_NMCLI);
    }
    return reader.device(interfaceName.orElse("").strip());
  }

  private void refreshLater() {
    if (executor != null && refreshing.compareAndSet(false, true)) {
      executor.execute(() -> {
        try {
          refresh();
        } finally {
          refreshing.set(false);
        }
      });
    }
  }

  private static WifiStatus requireAvailable(WifiStatus s) {
    if (!s.available()) {
      throw ApiException.unavailable(s.error());
    }
    return s;
  }

  /** Runs a change alone on the radio; failures become the user's sentences. */
  private <T> T exclusively(Radio.Step<T> step, String ssid) {
    try {
      return radio.alone(step);
    } catch (IOException e) {
      throw WifiRefusal.of(e, ssid);
    }
  }
}
