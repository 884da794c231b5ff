package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import loop.system.entity.UpdateCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check and install against a release server on loopback; nothing here needs the container. */
class ReleasesTest {

  @TempDir Path tmp;
  ManifestServer remote;
  Releases cut;
  Path updates;

  @BeforeEach
  void setUp() throws IOException {
    remote = new ManifestServer();
    updates = Files.createDirectories(tmp.resolve("updates"));
    cut = new Releases() {
      @Override
      Path updatesDir() {
        return updates;
      }
    };
    cut.manifestUrl = Optional.of(remote.url("/manifest.json"));
    cut.currentVersion = Optional.of("1.0.0");
    cut.timeoutSeconds = 5;
    cut.runner = new CommandRunner();
    cut.command = "touch {archive}.handed-over-{version}";
  }

  @AfterEach
  void tearDown() {
    remote.close();
  }

  static byte[] archive(String text) {
    return ("PK fake archive " + text).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void offWithoutAManifestUrl() {
    cut.manifestUrl = Optional.of("  ");

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::check);

    assertEquals(Releases.Failure.Kind.NOT_CONFIGURED, f.kind());
    assertTrue(f.getMessage().contains("not configured"), f.getMessage());
  }

  @Test
  void checkComparesSemantically() {
    remote.release("1.10.0", archive("a"));
    UpdateCheck newer = cut.check();
    assertTrue(newer.updatesAvailable().git());
    assertEquals("1.0.0", newer.currentVersion());
    assertEquals("1.10.0", newer.latestVersion());
    assertNull(newer.lastUpdate());

    remote.release("1.0.0-rc.1", archive("b"));
    assertFalse(cut.check().updatesAvailable().git());
  }

  @Test
  void theRunningVersionIsTheBuildsByDefault() {
    cut.currentVersion = Optional.empty();

    assertEquals(Releases.built(), cut.running());
    assertFalse(cut.running().equals("0.0.0"), "the build wrote version.properties");
  }

  @Test
  void reportsTheUpdatersLastOutcome() throws IOException {
    Files.writeString(updates.resolve("result"), "rolled-back 1700000000 2.0 not ready\n");
    remote.release("0.9.0", archive("a"));

    assertEquals("rolled-back 1700000000 2.0 not ready", cut.check().lastUpdate());
  }

  @Test
  void unreachableOrBadManifestsAreRemoteFailures() {
    remote.status("/manifest.json", 500);
    assertEquals(Releases.Failure.Kind.REMOTE,
        assertThrows(Releases.Failure.class, cut::check).kind());

    remote.put("/manifest.json", "{\"version\":\"2.0\"}".getBytes(StandardCharsets.UTF_8));
    Releases.Failure f = assertThrows(Releases.Failure.class, cut::check);
    assertTrue(f.getMessage().contains("lacks url"), f.getMessage());
  }

  @Test
  void installVerifiesThenHandsOver() throws IOException {
    byte[] bytes = archive("release two");
    remote.release("2.0.0", bytes);

    Releases.Handover h = cut.install();

    assertEquals(new Releases.Handover("1.0.0", "2.0.0", bytes.length), h);
    Path zip = updates.resolve("loop-2.0.0.zip");
    assertArrayEquals(bytes, Files.readAllBytes(zip));
    assertEquals("archive=" + zip.toAbsolutePath() + "\nversion=2.0.0\n",
        Files.readString(updates.resolve("pending")));
    assertTrue(Files.exists(updates.resolve("loop-2.0.0.zip.handed-over-2.0.0")),
        "the updater command ran with the archive and version");
  }

  @Test
  void aChecksumMismatchIsRefusedAndLeavesNothing() throws IOException {
    byte[] bytes = archive("tampered");
    remote.release("2.0.0", bytes, ManifestServer.sha256(archive("original")), bytes.length);

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::install);

    assertEquals(Releases.Failure.Kind.REMOTE, f.kind());
    assertTrue(f.getMessage().contains("checksum does not match"), f.getMessage());
    assertEquals(List.of(), listing(), "no archive, no part file, no pending request");
  }

  @Test
  void aLongerArchiveThanDeclaredIsRefused() throws IOException {
    byte[] bytes = archive("longer than the manifest says");
    remote.release("2.0.0", bytes, ManifestServer.sha256(bytes), bytes.length - 5);

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::install);

    assertTrue(f.getMessage().contains("bytes"), f.getMessage());
    assertEquals(List.of(), listing());
  }

  @Test
  void anArchiveOverTheCapIsNotDownloaded() throws IOException {
    remote.release("2.0.0", archive("x"));
    cut.maxBytes = 3;

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::install);

    assertTrue(f.getMessage().contains("loop.updates.max-bytes"), f.getMessage());
    assertEquals(List.of(), listing());
  }

  @Test
  void nothingNewerIsAConflictNotAnInstall() throws IOException {
    remote.release("1.0.0", archive("same"));

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::install);

    assertEquals(Releases.Failure.Kind.UP_TO_DATE, f.kind());
    assertEquals(List.of(), listing());
  }

  @Test
  void aFailingUpdaterWithdrawsTheRequest() throws IOException {
    remote.release("2.0.0", archive("b"));
    cut.command = "false";

    Releases.Failure f = assertThrows(Releases.Failure.class, cut::install);

    assertEquals(Releases.Failure.Kind.UPDATER, f.kind());
    assertFalse(Files.exists(updates.resolve("pending")));
  }

  @Test
  void theCommandTemplateFillsInArchiveAndVersion() {
    cut.command = " systemd-run --unit=loop-update /opt/loop/bin/loop-update {archive}  {version} ";

    assertEquals(List.of("systemd-run", "--unit=loop-update", "/opt/loop/bin/loop-update",
        "/d/u/a.zip", "3.0"), cut.updaterCommand(Path.of("/d/u/a.zip"), "3.0"));
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(updates)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
