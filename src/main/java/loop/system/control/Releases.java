package loop.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import loop.system.boundary.DataDirectory;
import loop.system.entity.ReleaseManifest;
import loop.system.entity.UpdateCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Updates from a release manifest ({@code loop.updates.manifest-url}; none configured means no
 * updates, the device works offline). A check compares the announced version with the running
 * one. An install downloads the archive into {@code <data>/updates}, verifies it, leaves a request
 * ({@code updates/pending}) and starts the updater command, which swaps releases outside this
 * process and rolls back by itself (scripts/loop-update).
 */
@ApplicationScoped
public class Releases {

  /** What {@link #install()} did: the versions and the verified archive's length. */
  public record Handover(String currentVersion, String latestVersion, long archiveBytes) {}

  /** Why an update cannot go on; {@code kind} says whose fault it is. */
  public static class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not configured, the remote side failed, nothing newer, busy, or the updater failed. */
    public enum Kind {
      NOT_CONFIGURED,
      REMOTE,
      UP_TO_DATE,
      BUSY,
      NO_SPACE,
      UPDATER
    }

    private final Kind kind;
    private final transient Object data;

    Failure(Kind kind, String message, Object data) {
      super(message);
      this.kind = kind;
      this.data = data;
    }

    public Kind kind() {
      return kind;
    }

    public Object data() {
      return data;
    }
  }

  static final String NOT_CONFIGURED =
      "Updates are not available: they are not configured on this device (set"
          + " LOOP_UPDATES_MANIFEST_URL to a release manifest).";
  static final String BUILT_VERSION = "/loop/system/version.properties";
  private static final Logger LOG = Logger.getLogger(Releases.class.getName());

  @Inject
  @ConfigProperty(name = "loop.updates.manifest-url")
  Optional<String> manifestUrl = Optional.empty();

  @Inject
  @ConfigProperty(name = "loop.updates.current-version")
  Optional<String> currentVersion = Optional.empty();

  @Inject
  @ConfigProperty(name = "loop.updates.timeout-seconds", defaultValue = "15")
  int timeoutSeconds = 15;

  @Inject
  @ConfigProperty(name = "loop.updates.download-minutes", defaultValue = "15")
  int downloadMinutes = 15;

  @Inject
  @ConfigProperty(name = "loop.updates.max-bytes", defaultValue = "157286400")
  long maxBytes = 157_286_400L;

  @Inject
  @ConfigProperty(
      name = "loop.updates.command",
      defaultValue = "systemctl start --no-block loop-update.service")
  String command = "systemctl start --no-block loop-update.service";

  @Inject
  @ConfigProperty(name = "loop.updates.command-timeout-seconds", defaultValue = "30")
  int commandTimeoutSeconds = 30;

  @Inject DataDirectory data;
  @Inject CommandRunner runner;

  private final AtomicBoolean installing = new AtomicBoolean();

  /** The running release: {@code loop.updates.current-version}, else the build's version. */
  public String running() {
    return currentVersion.filter(v -> !v.isBlank()).map(String::strip).orElseGet(Releases::built);
  }

  /** Fetches the manifest and compares. */
  public UpdateCheck check() {
    return compare(manifest());
  }

  /**
   * Downloads, verifies and hands over the announced release; returns once the updater command
   * has started. Loop is stopped by the updater shortly after.
   */
  public Handover install() {
    if (!installing.compareAndSet(false, true)) {
      throw new Failure(Failure.Kind.BUSY, "An update is already being installed.", null);
    }
    try {
      ReleaseManifest release = manifest();
      UpdateCheck check = compare(release);
      if (!check.available()) {
        throw new Failure(Failure.Kind.UP_TO_DATE, "No updates available: " + running()
            + " is the latest release.", check);
      }
      Path dir = updatesDir();
      Path archive = fetch(release, dir);
      handOver(dir, archive, release.version());
      return new Handover(running(), release.version(), release.size());
    } finally {
      installing.set(false);
    }
  }

  private Path fetch(ReleaseManifest release, Path dir) {
    if (release.size() > maxBytes) {
      throw new Failure(Failure.Kind.REMOTE, "The release archive (" + release.size()
          + " bytes) is larger than loop.updates.max-bytes (" + maxBytes + ").", null);
    }
    try {
      removeDownloads(dir);
      // the archive, and room to unpack it next to the running release
      if (Files.getFileStore(dir).getUsableSpace() < release.size() * 3) {
        throw new Failure(Failure.Kind.NO_SPACE, "Not enough free space for the update ("
            + release.size() * 3 / 1_048_576 + " MB needed).", null);
      }
      Path target = dir.resolve("loop-" + release.version() + ".zip");
      return feed().download(release, target);
    } catch (ReleaseFeed.Refused e) {
      throw new Failure(Failure.Kind.REMOTE, e.getMessage(), null);
    } catch (IOException e) {
      throw new Failure(Failure.Kind.REMOTE, "The release could not be downloaded: "
          + e.getMessage(), null);
    }
  }

  private void handOver(Path dir, Path archive, String version) {
    try {
      Path pending = dir.resolve("pending");
      Path tmp = dir.resolve("pending.tmp");
      Files.writeString(tmp, "archive=" + archive.toAbsolutePath() + "\nversion=" + version
          + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, pending, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      List<String> argv = updaterCommand(archive, version);
      CommandRunner.Result r = runner.run(argv, Duration.ofSeconds(commandTimeoutSeconds));
      if (!r.ok()) {
        Files.deleteIfExists(pending);
        throw new Failure(Failure.Kind.UPDATER, "The updater did not start (" + argv.get(0)
            + " exited " + r.exitCode() + (r.timedOut() ? ", timed out" : "") + "): "
            + r.stderr().strip(), null);
      }
      LOG.info(() -> "Handed release " + version + " over to the updater: " + argv);
    } catch (IOException e) {
      throw new Failure(Failure.Kind.UPDATER, "The updater did not start: " + e.getMessage(),
          null);
    }
  }

  /** The configured command split on blanks, {@code {archive}} and {@code {version}} filled in. */
  List<String> updaterCommand(Path archive, String version) {
    List<String> argv = new ArrayList<>();
    for (String token : command.strip().split("\\s+")) {
      argv.add(token.replace("{archive}", archive.toAbsolutePath().toString())
          .replace("{version}", version));
    }
    return argv;
  }

  UpdateCheck compare(ReleaseManifest release) {
    String running = running();
    boolean newer =
        SemanticVersion.parse(release.version()).isNewerThan(SemanticVersion.parse(running));
    return new UpdateCheck(new UpdateCheck.Sources(newer, Instant.now().getEpochSecond()),
        running, release.version(), lastUpdate());
  }

  private ReleaseManifest manifest() {
    String url = manifestUrl.map(String::strip).filter(u -> !u.isEmpty())
        .orElseThrow(() -> new Failure(Failure.Kind.NOT_CONFIGURED, NOT_CONFIGURED, null));
    try {
      return feed().manifest(URI.create(url));
    } catch (ReleaseFeed.Refused e) {
      throw new Failure(Failure.Kind.REMOTE, e.getMessage(), null);
    } catch (IOException | IllegalArgumentException e) {
      throw new Failure(Failure.Kind.REMOTE, "The release manifest could not be read from " + url
          + ": " + e.getMessage(), null);
    }
  }

  /** {@code <data>/updates}: downloads, the request for the updater and its outcome. */
  Path updatesDir() {
    return data.dir("updates");
  }

  ReleaseFeed feed() {
    return new ReleaseFeed(Duration.ofSeconds(timeoutSeconds), Duration.ofMinutes(downloadMinutes));
  }

  /** The updater's last outcome line, if any. */
  private String lastUpdate() {
    Path result = updatesDir().resolve("result");
    try (InputStream in = Files.newInputStream(result)) {
      String line = new String(in.readNBytes(1024), StandardCharsets.UTF_8).strip();
      return line.isEmpty() ? null : line.lines().findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** Old downloads and partial files: only one release is ever waiting. */
  private static void removeDownloads(Path dir) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.{zip,part}")) {
      for (Path p : old) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String built() {
    try (InputStream in = Releases.class.getResourceAsStream(BUILT_VERSION)) {
      if (in == null) {
        return "0.0.0";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "0.0.0").strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
