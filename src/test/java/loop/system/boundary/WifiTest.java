package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import loop.system.control.CommandRunner;
import loop.system.entity.SetupHint;
import loop.system.entity.WifiChanged;
import loop.system.entity.WifiStatus;
import loop.web.ApiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WiFi facade and its supervisor against the fake nmcli, through the real runner. */
class WifiTest {

  @TempDir Path temp;
  Path bin;
  final List<WifiStatus> fired = new ArrayList<>();
  Wifi cut;
  WifiSupervisor supervisor;

  @BeforeEach
  void setUp() throws IOException {
    bin = temp.resolve("bin");
    Files.createDirectories(bin);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/nmcli"))) {
      for (Path f : files.toList()) {
        Files.copy(f, bin.resolve(f.getFileName()));
      }
    }
    bin.resolve("nmcli").toFile().setExecutable(true);
    state("disconnected");
    cut = wifi(bin.resolve("nmcli").toString());
  }

  Wifi wifi(String program) {
    Wifi w = new Wifi();
    w.runner = new CommandRunner();
    w.data = new DataDirectory();
    w.data.root = temp.resolve("data");
    w.changed = new Recorder();
    w.program = program;
    w.interfaceName = Optional.empty();
    w.initialSsid = Optional.empty();
    w.hotspotEnabled = true;
    w.hotspotSsid = Optional.of("Loop-TEST");
    w.hotspotPassword = Optional.empty();
    w.connectSeconds = 30;
    w.init();
    supervisor = new WifiSupervisor();
    supervisor.wifi = w;
    supervisor.checkSeconds = 10;
    supervisor.graceSeconds = 120;
    supervisor.retryMaxSeconds = 300;
    supervisor.blindRetrySeconds = 600;
    w.supervisor = supervisor;
    return w;
  }

  void state(String s) throws IOException {
    Files.writeString(bin.resolve("state"), s + "\n");
  }

  @Test
  void statusReadsTheRealSsidAddressAndDevice() throws IOException {
    state("connected");

    WifiStatus s = cut.refresh();

    assertTrue(s.available() && s.connected() && !s.hotspotActive());
    assertEquals("Home Net", s.currentSsid());
    assertEquals("192.168.1.23", s.ipAddress());
    assertEquals("wlan0", s.interfaceName());
    assertEquals("connected", s.state());
    assertEquals(List.of(s), fired);
    assertEquals(new SetupHint(false, null, null, "192.168.1.23"), cut.setupHint());
  }

  @Test
  void connectRemembersOnlyTheSsid() throws IOException {
    WifiStatus s = cut.connect("Home Net", "a-long-password");

    assertTrue(s.connected());
    assertEquals("Home Net", s.configuredSsid());
    String remembered = Files.readString(temp.resolve("data/wifi.properties"));
    assertTrue(remembered.contains("configured-ssid=Home Net"), remembered);
    assertFalse(remembered.contains("a-long-password"));
  }

  @Test
  void illegalCredentialsAre400WithASentenceBeforeNmcliRuns() {
    ApiException e = assertThrows(ApiException.class, () -> cut.connect("x", "short"));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("8 to 63"), e.getMessage());
    assertFalse(Files.exists(bin.resolve("argv.log")));
  }

  @Test
  void aRefusedPasswordIs400AndTheHotspotMayReopen() throws IOException {
    Files.writeString(bin.resolve("fail-up"), "");
    ApiException e = assertThrows(ApiException.class,
        () -> cut.connect("Home Net", "wrong-password"));
    assertEquals(400, e.status());
    assertEquals("The password for \"Home Net\" was not accepted.", e.getMessage());
  }

  @Test
  void saveCurrentNeedsAConnection() throws IOException {
    assertEquals(400, assertThrows(ApiException.class, cut::saveCurrent).status());
    state("connected");
    assertEquals("Home Net", cut.saveCurrent());
    assertEquals("Home Net", cut.configuredSsid());
  }

  @Test
  void hotspotTogglesAndShowsItsNameAndGeneratedPassword() throws IOException {
    assertTrue(cut.toggleHotspot());
    SetupHint hint = cut.setupHint();
    assertTrue(hint.hotspot());
    assertEquals("Loop-TEST", hint.ssid());
    assertEquals(10, hint.password().length());
    assertEquals("192.168.24.1", hint.address());
    assertEquals(hint.password(), cut.hotspotPassword(), "generated once, then kept");

    assertFalse(cut.toggleHotspot());
    assertFalse(cut.status().hotspotActive());
  }

  @Test
  void hotspotSwitchedOffInConfigIs403() {
    cut.hotspotEnabled = false;
    assertEquals(403, assertThrows(ApiException.class, cut::toggleHotspot).status());
  }

  @Test
  void withoutAWifiAdapterTheStatusSaysSo() throws IOException {
    state("none");
    WifiStatus s = cut.refresh();
    assertFalse(s.available());
    assertTrue(s.error().contains("no WiFi adapter"), s.error());
  }

  @Test
  void withoutNmcliEverythingSaysUnavailable() {
    Wifi none = wifi(temp.resolve("no-such-nmcli").toString());

    WifiStatus s = none.status();
    assertFalse(s.available());
    assertEquals("unavailable", s.state());
    assertTrue(s.error().contains("not available"), s.error());
    assertEquals(503, assertThrows(ApiException.class, none::scan).status());
    assertNull(none.setupHint().address());
  }

  @Test
  void supervisorOpensTheHotspotAtBootWithoutAKnownNetwork() throws IOException {
    supervisor.check();
    assertTrue(cut.status().hotspotActive());
    assertTrue(Files.readString(bin.resolve("argv.log")).contains("loop-hotspot"));
  }

  @Test
  void supervisorMovesHouseWhenTheKnownNetworkComesBack() throws IOException {
    Instant[] now = {Instant.parse("2026-11-25T00:00:00Z")};
    supervisor.clock = () -> now[0];
    cut.initialSsid = Optional.of("Home Net");
    Files.writeString(bin.resolve("fail-up"), "Home Net"); // out of range for now

    supervisor.check(); // boot: one try at the known network
    assertFalse(cut.status().connected());
    now[0] = now[0].plusSeconds(10);
    supervisor.check(); // it failed: setup hotspot
    assertTrue(cut.status().hotspotActive());

    Files.delete(bin.resolve("fail-up")); // back in range (the scan lists it)
    now[0] = now[0].plusSeconds(10);
    supervisor.check();

    WifiStatus s = cut.status();
    assertTrue(s.connected() && !s.hotspotActive());
    assertEquals("Home Net", s.currentSsid());
  }

  /** Collects what is fired. */
  final class Recorder implements Event<WifiChanged> {
    @Override
    public void fire(WifiChanged e) {
      fired.add(e.status());
    }

    @Override
    public <U extends WifiChanged> CompletionStage<U> fireAsync(U e) {
      fired.add(e.status());
      return CompletableFuture.completedFuture(e);
    }

    @Override
    public <U extends WifiChanged> CompletionStage<U> fireAsync(U e, NotificationOptions o) {
      return fireAsync(e);
    }

    @Override
    public Event<WifiChanged> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends WifiChanged> Event<U> select(Class<U> type, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends WifiChanged> Event<U> select(TypeLiteral<U> type,
        Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
