package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import loop.system.entity.WifiNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command construction and parsing, through a runner that records argv and answers canned text. */
class NmcliTest {

  static final String SECRET = "correct horse: battery";

  @TempDir Path temp;

  final List<List<String>> calls = new ArrayList<>();
  final List<String> secretFilesSeen = new ArrayList<>();
  Function<List<String>, CommandRunner.Result> answers = argv -> ok("");

  final CommandRunner runner = new CommandRunner() {
    @Override
    public Result run(List<String> command, Duration timeout) throws IOException {
      calls.add(List.copyOf(command));
      int i = command.indexOf("passwd-file");
      if (i >= 0) {
        Path file = Path.of(command.get(i + 1));
        secretFilesSeen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
            + " " + Files.readString(file, StandardCharsets.UTF_8));
      }
      return answers.apply(command);
    }
  };

  Nmcli cut;

  static CommandRunner.Result ok(String stdout) {
    return new CommandRunner.Result(0, stdout, "", false, false);
  }

  static String fixture(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/fixtures/nmcli", name));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Nmcli cut() {
    return cut = new Nmcli(runner, "nmcli", temp.resolve("secrets"), 45);
  }

  @Test
  void scanDropsHiddenKeepsTheStrongestPerSsidAndSortsStrongestFirst() {
    List<WifiNetwork> networks = Nmcli.networks(fixture("wifi-list.txt"));

    assertEquals(List.of(
        new WifiNetwork("Home Net", 82, true),
        new WifiNetwork("Bob's: Net", 64, true),
        new WifiNetwork("Back\\slash Café", 55, false),
        new WifiNetwork("Guest", 55, false),
        new WifiNetwork("Cöffee ☕", 20, true)), networks);
  }

  @Test
  void everyReadIsTerseAndEscaped() throws IOException {
    answers = argv -> ok(fixture("device-status-connected.txt"));
    Nmcli.Device d = cut().wifiDevice(null).orElseThrow();

    assertEquals(new Nmcli.Device("wlan0", "connected", "Home Net"), d);
    assertEquals(List.of("nmcli", "-t", "-e", "yes"), calls.get(0).subList(0, 4));
  }

  @Test
  void noWifiDeviceIsEmpty() throws IOException {
    answers = argv -> ok(fixture("device-status-none.txt"));
    assertTrue(cut().wifiDevice(null).isEmpty());
  }

  @Test
  void activeConnectionAcceptsThe80211WirelessTypeAndTheRealSsidComesFromTheProfile()
      throws IOException {
    answers = argv -> argv.contains("--active") ? ok(fixture("active-connected.txt"))
        : ok("Bob's\\: Net\n");
    Nmcli.Active a = cut().activeWifi("wlan0").orElseThrow();

    assertEquals("Home Net", a.name());
    assertEquals("activated", a.state());
    assertEquals("Bob's: Net", cut.ssidOf(a.uuid()));
    assertEquals(List.of("nmcli", "-t", "-e", "yes", "-g", "802-11-wireless.ssid", "connection",
        "show", "1f0c8b2e-5f7a-4e0b-9a57-2d2b9b1c6a11"), calls.get(calls.size() - 1));
  }

  @Test
  void ipv4IsTheFirstAddressWithoutItsPrefix() throws IOException {
    answers = argv -> ok(fixture("ip-connected.txt"));
    assertEquals("192.168.1.23", cut().ipv4("wlan0").orElseThrow());
    answers = argv -> ok("");
    assertTrue(cut.ipv4("wlan0").isEmpty());
  }

  @Test
  void connectNeverPutsThePasswordOnACommandLine() throws IOException {
    cut().connect("wlan0", "Bob's: Net", SECRET);

    calls.forEach(argv -> assertFalse(String.join(" ", argv).contains("horse"), argv.toString()));
    assertEquals(List.of("nmcli", "connection", "delete", "id", "loop: Bob's: Net"), calls.get(0));
    assertEquals(List.of("nmcli", "connection", "add", "type", "wifi", "con-name",
        "loop: Bob's: Net", "ifname", "wlan0", "ssid", "Bob's: Net", "autoconnect", "yes",
        "wifi-sec.key-mgmt", "wpa-psk"), calls.get(1));
    List<String> up = calls.get(2);
    assertEquals(List.of("nmcli", "-w", "45", "connection", "up", "id", "loop: Bob's: Net",
        "ifname", "wlan0", "passwd-file"), up.subList(0, 10));
    assertEquals(List.of("rw------- 802-11-wireless-security.psk:" + SECRET + "\n"),
        secretFilesSeen);
    assertFalse(Files.exists(Path.of(up.get(10))), "the password file is deleted after use");
  }

  @Test
  void anOpenNetworkHasNoKeyManagementAndNoPasswordFile() throws IOException {
    cut().connect("wlan0", "Guest", "");

    assertFalse(calls.get(1).contains("wifi-sec.key-mgmt"));
    assertFalse(calls.get(2).contains("passwd-file"));
  }

  @Test
  void aRefusedPasswordRemovesTheNewProfileAndTheFile() throws IOException {
    answers = argv -> argv.contains("up")
        ? new CommandRunner.Result(4, "", "Error: Connection activation failed: Secrets were "
            + "required, but not provided.\n", false, false)
        : ok("");

    NmcliFailure f = assertThrows(NmcliFailure.class,
        () -> cut().connect("wlan0", "Home Net", "wrong-password"));

    assertEquals(NmcliFailure.Kind.BAD_PASSWORD, f.kind());
    assertEquals(List.of("nmcli", "connection", "delete", "id", "loop: Home Net"),
        calls.get(calls.size() - 1));
    try (var files = Files.list(temp.resolve("secrets"))) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void theHotspotProfileCarriesNoKeyAndGetsItFromAFile() throws IOException {
    cut().startHotspot("wlan0", "Loop-3F2A", "setup-pass1");

    calls.forEach(argv -> assertFalse(argv.contains("setup-pass1")));
    List<String> add = calls.get(1);
    assertTrue(add.containsAll(List.of("802-11-wireless.mode", "ap", "ipv4.method", "shared",
        "autoconnect", "no", "loop-hotspot", "Loop-3F2A")));
    assertEquals(List.of("rw------- 802-11-wireless-security.psk:setup-pass1\n"),
        secretFilesSeen);
  }

  @Test
  void timeoutsAndMissingProgramAreTold() {
    answers = argv -> new CommandRunner.Result(137, "", "", true, false);
    assertEquals(NmcliFailure.Kind.TIMEOUT,
        assertThrows(NmcliFailure.class, () -> cut().scan("wlan0")).kind());

    Nmcli missing = new Nmcli(new CommandRunner(), "/nonexistent/nmcli", temp, 45);
    assertEquals(NmcliFailure.Kind.MISSING,
        assertThrows(NmcliFailure.class, () -> missing.wifiDevice(null)).kind());
  }

  @Test
  void passwordFilesLeftByAKilledProcessAreRemovedAtStart() throws IOException {
    Files.writeString(temp.resolve("nmcli-123.secret"), "802-11-wireless-security.psk:x\n");
    Files.writeString(temp.resolve("upload-1.part"), "not ours");

    Nmcli.removeLeftSecrets(temp);

    assertFalse(Files.exists(temp.resolve("nmcli-123.secret")));
    assertTrue(Files.exists(temp.resolve("upload-1.part")));
  }
}
