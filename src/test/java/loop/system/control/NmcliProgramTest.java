package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Nmcli} through the real {@link CommandRunner} against a fake nmcli program (bash, in
 * {@code fixtures/nmcli}) that answers from captured outputs and logs its arguments.
 */
class NmcliProgramTest {

  static final String SECRET = "s3cret pass: 'quoted'";

  @TempDir Path temp;
  Path bin;
  Nmcli cut;

  @BeforeEach
  void copyFakeNmcli() throws IOException {
    bin = temp.resolve("bin");
    Files.createDirectories(bin);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/nmcli"))) {
      for (Path f : files.toList()) {
        Files.copy(f, bin.resolve(f.getFileName()));
      }
    }
    bin.resolve("nmcli").toFile().setExecutable(true);
    Files.writeString(bin.resolve("state"), "disconnected\n");
    cut = new Nmcli(new CommandRunner(), bin.resolve("nmcli").toString(), temp.resolve("tmp"), 30);
  }

  List<String> log() throws IOException {
    return Files.readAllLines(bin.resolve("argv.log"));
  }

  @Test
  void joinsWithAPasswordThatNeverReachesTheArgvAndReadsTheNewState() throws IOException {
    assertTrue(cut.activeWifi("wlan0").isEmpty());

    cut.connect("wlan0", "Bob's: Net", SECRET);

    assertEquals("activated", cut.activeWifi("wlan0").orElseThrow().state());
    assertEquals("Home Net", cut.ssidOf("1f0c8b2e-5f7a-4e0b-9a57-2d2b9b1c6a11"));
    assertEquals("192.168.1.23", cut.ipv4("wlan0").orElseThrow());
    log().forEach(line -> assertFalse(line.contains("s3cret"), line));
    assertEquals("600", Files.readString(bin.resolve("passwd-mode")).strip());
    assertEquals("802-11-wireless-security.psk:" + SECRET,
        Files.readString(bin.resolve("passwd-seen")).strip());
    try (Stream<Path> left = Files.list(temp.resolve("tmp"))) {
      assertEquals(0, left.count(), "the password file is gone");
    }
    assertTrue(log().stream().anyMatch(l -> l.startsWith("connection\tadd\ttype\twifi\t"
        + "con-name\tloop: Bob's: Net\tifname\twlan0\tssid\tBob's: Net")), log().toString());
  }

  @Test
  void aRefusedPasswordIsToldAsSuch() throws IOException {
    Files.writeString(bin.resolve("fail-up"), "");

    NmcliFailure f = assertThrows(NmcliFailure.class,
        () -> cut.connect("wlan0", "Home Net", "wrong-password"));

    assertEquals(NmcliFailure.Kind.BAD_PASSWORD, f.kind());
    assertTrue(f.getMessage().startsWith("Connection activation failed"), f.getMessage());
  }

  @Test
  void hotspotUpAndDown() throws IOException {
    cut.startHotspot("wlan0", "Loop-3F2A", "setup-pass1");
    assertEquals(Nmcli.HOTSPOT, cut.activeWifi("wlan0").orElseThrow().name());
    assertEquals("192.168.24.1", cut.ipv4("wlan0").orElseThrow());

    cut.stopHotspot();
    assertTrue(cut.activeWifi("wlan0").isEmpty());
    log().forEach(line -> assertFalse(line.contains("setup-pass1"), line));
  }

  @Test
  void scanAndKnownNetworkJoin() throws IOException {
    assertEquals(5, cut.scan("wlan0").size());
    cut.join("wlan0", "Home Net");
    assertEquals("connected", cut.wifiDevice(null).orElseThrow().state());
    assertTrue(log().contains("-w\t30\tdevice\twifi\tconnect\tHome Net\tifname\twlan0"), log()
        .toString());
  }
}
