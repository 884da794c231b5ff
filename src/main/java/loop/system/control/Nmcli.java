package loop.system.control;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import loop.system.entity.WifiNetwork;

/**
 * NetworkManager through its command line: every call an argument list run by {@link
 * CommandRunner} with a timeout; every read in terse, escaped form ({@code -t -e yes}) parsed by
 * {@link Terse}.
 *
 * <p>Secrets never reach a command line (where {@code ps} and {@code /proc/PID/cmdline} show them):
 * a profile is added without its key, and the key goes to {@code nmcli connection up ...
 * passwd-file FILE}, a file readable only by Loop's user that is deleted as soon as nmcli returns.
 * NetworkManager then keeps the key in its root-only keyfile.
 */
public class Nmcli {

  /** Name of the profile of Loop's setup hotspot. */
  public static final String HOTSPOT = "loop-hotspot";

  /** Prefix of the profiles Loop creates for networks it joins: {@code loop: SSID}. */
  public static final String PROFILE_PREFIX = "loop: ";

  /** The hotspot's address and subnet (the phone's browser opens this address). */
  public static final String HOTSPOT_ADDRESS = "192.168.24.1";

  static final Duration QUICK = Duration.ofSeconds(10);
  static final Duration SCAN = Duration.ofSeconds(25);

  /** The WiFi device: its name, state ({@code connected}, {@code disconnected}, ...), profile. */
  public record Device(String name, String state, String connection) {}

  /** The active WiFi profile on a device. */
  public record Active(String name, String uuid, String device, String state) {}

  private final CommandRunner runner;
  private final String program;
  private final Path secretsDir;
  private final int connectSeconds;

  /**
   * @param program the nmcli binary (a name looked up on PATH, or a path)
   * @param secretsDir where the short-lived password files go (Loop's own data directory)
   * @param connectSeconds how long NetworkManager may take to join or open a hotspot, 10..300
   */
  public Nmcli(CommandRunner runner, String program, Path secretsDir, int connectSeconds) {
    this.runner = runner;
    this.program = program;
    this.secretsDir = secretsDir;
    this.connectSeconds = Math.max(10, Math.min(300, connectSeconds));
  }

  /** The first WiFi device (or {@code preferred} when given and present). */
  public Optional<Device> wifiDevice(String preferred) throws IOException {
    String out = read(QUICK, "-f", "DEVICE,TYPE,STATE,CONNECTION", "device", "status");
    return Terse.records(out).stream()
        .filter(f -> f.size() >= 4 && Terse.isWifi(f.get(1)))
        .filter(f -> preferred == null || preferred.isBlank() || preferred.equals(f.get(0)))
        .map(f -> new Device(f.get(0), f.get(2), f.get(3)))
        .findFirst();
  }

  /** The active WiFi profile on {@code device}, if any. */
  public Optional<Active> activeWifi(String device) throws IOException {
    String out = read(QUICK, "-f", "NAME,UUID,TYPE,DEVICE,STATE", "connection", "show", "--active");
    return Terse.records(out).stream()
        .filter(f -> f.size() >= 5 && Terse.isWifi(f.get(2)) && device.equals(f.get(3)))
        .map(f -> new Active(f.get(0), f.get(1), f.get(3), f.get(4)))
        .findFirst();
  }

  /** The real SSID a profile joins (its name may be anything). */
  public String ssidOf(String uuid) throws IOException {
    return Terse.value(read(QUICK, "-g", "802-11-wireless.ssid", "connection", "show", uuid));
  }

  /** The first IPv4 address of {@code device}, without its prefix length. */
  public Optional<String> ipv4(String device) throws IOException {
    String value = Terse.value(read(QUICK, "-g", "IP4.ADDRESS", "device", "show", device));
    String first = value.split("\\|")[0].strip();
    int slash = first.indexOf('/');
    return first.isEmpty() ? Optional.empty()
        : Optional.of(slash < 0 ? first : first.substring(0, slash));
  }

  /**
   * Networks in range: hidden ones dropped, one entry per SSID (the strongest), strongest first.
   * nmcli rescans when its last scan is older than 30 s ({@code --rescan auto}).
   */
  public List<WifiNetwork> scan(String device) throws IOException {
    String out = read(SCAN, "-f", "SSID,SIGNAL,SECURITY", "device", "wifi", "list",
        "ifname", device, "--rescan", "auto");
    return networks(out);
  }

  static List<WifiNetwork> networks(String terse) {
    Map<String, WifiNetwork> best = new LinkedHashMap<>();
    for (List<String> f : Terse.records(terse)) {
      if (f.size() < 3 || f.get(0).isEmpty() || WifiCredentials.ssidProblem(f.get(0)).isPresent()) {
        continue;
      }
      String security = f.get(2).strip();
      WifiNetwork n = new WifiNetwork(f.get(0), signal(f.get(1)),
          !security.isEmpty() && !"--".equals(security));
      best.merge(n.ssid(), n, (a, b) -> b.signal() > a.signal() ? b : a);
    }
    List<WifiNetwork> list = new ArrayList<>(best.values());
    list.sort(Comparator.comparingInt(WifiNetwork::signal).reversed()
        .thenComparing(WifiNetwork::ssid));
    return list;
  }

  private static int signal(String text) {
    try {
      return Math.max(0, Math.min(100, Integer.parseInt(text.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Joins {@code ssid} with a new password: replaces Loop's profile for it, then activates it with
   * the key handed over in a password file. The profile is removed again when joining fails.
   *
   * @param password "" for an open network, else a checked passphrase or 64-hex key
   */
  public void connect(String device, String ssid, String password) throws IOException {
    String profile = PROFILE_PREFIX + ssid;
    delete(profile);
    mutate(QUICK, addClient(device, ssid, profile, !password.isEmpty()));
    try {
      up(profile, device, password.isEmpty() ? null : "802-11-wireless-security.psk:" + password);
    } catch (IOException e) {
      delete(profile);
      throw e;
    }
  }

  /** Joins a network NetworkManager already knows (any profile for that SSID, key it keeps). */
  public void join(String device, String ssid) throws IOException {
    mutate(Duration.ofSeconds(connectSeconds + 15), joinKnown(device, ssid));
  }

  /** (Re)creates the hotspot profile with this name and password and brings it up. */
  public void startHotspot(String device, String ssid, String password) throws IOException {
    delete(HOTSPOT);
    mutate(QUICK, addHotspot(device, ssid));
    up(HOTSPOT, device, "802-11-wireless-security.psk:" + password);
  }

  /** Takes the hotspot down (no-op when it is not up). */
  public void stopHotspot() throws IOException {
    CommandRunner.Result r = run(QUICK, List.of(program, "connection", "down", "id", HOTSPOT));
    if (!r.ok() && r.exitCode() != 10) {
      throw NmcliFailure.of(r);
    }
  }

  /** Deletes a profile by name; a missing one is fine. */
  void delete(String profile) throws IOException {
    run(QUICK, List.of(program, "connection", "delete", "id", profile));
  }

  List<String> addClient(String device, String ssid, String profile, boolean secured) {
    List<String> argv = new ArrayList<>(List.of(program, "connection", "add", "type", "wifi",
        "con-name", profile, "ifname", device, "ssid", ssid, "autoconnect", "yes"));
    if (secured) {
      argv.addAll(List.of("wifi-sec.key-mgmt", "wpa-psk"));
    }
    return argv;
  }

  List<String> addHotspot(String device, String ssid) {
    return List.of(program, "connection", "add", "type", "wifi", "con-name", HOTSPOT,
        "ifname", device, "ssid", ssid, "autoconnect", "no", "802-11-wireless.mode", "ap",
        "802-11-wireless.band", "bg", "ipv4.method", "shared",
        "ipv4.addresses", HOTSPOT_ADDRESS + "/24", "ipv6.method", "disabled",
        "wifi-sec.key-mgmt", "wpa-psk", "wifi-sec.proto", "rsn",
        "wifi-sec.pairwise", "ccmp", "wifi-sec.group", "ccmp", "wifi-sec.pmf", "disable");
  }

  List<String> joinKnown(String device, String ssid) {
    return List.of(program, "-w", Integer.toString(connectSeconds), "device", "wifi", "connect",
        ssid, "ifname", device);
  }

  List<String> upCommand(String profile, String device, Path passwdFile) {
    List<String> argv = new ArrayList<>(List.of(program, "-w", Integer.toString(connectSeconds),
        "connection", "up", "id", profile, "ifname", device));
    if (passwdFile != null) {
      argv.addAll(List.of("passwd-file", passwdFile.toString()));
    }
    return argv;
  }

  private void up(String profile, String device, String secretLine) throws IOException {
    Duration bound = Duration.ofSeconds(connectSeconds + 15);
    if (secretLine == null) {
      mutate(bound, upCommand(profile, device, null));
      return;
    }
    Path file = secretFile(secretLine);
    try {
      mutate(bound, upCommand(profile, device, file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Deletes password files a killed process left behind in {@code dir} (called at start). */
  public static void removeLeftSecrets(Path dir) {
    try (var files = Files.newDirectoryStream(dir, "nmcli-*.secret")) {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // an unreadable directory has nothing we could remove either
    }
  }

  /** A file only Loop's user can read, created with those rights (never widened later). */
  private Path secretFile(String line) throws IOException {
    Files.createDirectories(secretsDir);
    Path file = Files.createTempFile(secretsDir, "nmcli-", ".secret",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(line);
      w.write('\n');
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  private String read(Duration timeout, String... args) throws IOException {
    List<String> argv = new ArrayList<>(List.of(program, "-t", "-e", "yes"));
    argv.addAll(List.of(args));
    CommandRunner.Result r = run(timeout, argv);
    if (!r.ok()) {
      throw NmcliFailure.of(r);
    }
    return r.stdout();
  }

  private void mutate(Duration timeout, List<String> argv) throws IOException {
    CommandRunner.Result r = run(timeout, argv);
    if (!r.ok()) {
      throw NmcliFailure.of(r);
    }
  }

  private CommandRunner.Result run(Duration timeout, List<String> argv) throws IOException {
    try {
      return runner.run(argv, timeout);
    } catch (IOException e) {
      if (e instanceof java.io.InterruptedIOException) {
        throw e;
      }
      throw new NmcliFailure(NmcliFailure.Kind.MISSING, e.getMessage());
    }
  }
}
