package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import loop.system.control.ManifestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Update check and install wired end to end against a release server on loopback in this JVM.
 * The deployment carries a config jar (ordinal 500) pointing Loop at that server and replacing the
 * device's updater command with one that leaves a trace; the swap and rollback themselves are
 * scripts/loop-update's, tested by scripts/install-test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpdatesIT {

  static final ManifestServer REMOTE = new ManifestServer();
  static final Path UPDATES = Path.of(System.getProperty("loop.it.data.dir", "target/it-data"),
      "updates");

  @Deployment(testable = false)
  static WebArchive deployment() {
    JavaArchive config = ShrinkWrap.create(JavaArchive.class, "updates-it-config.jar")
        .addAsManifestResource(new StringAsset("config_ordinal=500\n"
            + "loop.updates.manifest-url=" + REMOTE.url("/manifest.json") + "\n"
            + "loop.updates.command=touch {archive}.handed-over\n"), "microprofile-config.properties");
    return Deployments.loop().addAsLibrary(config);
  }

  @AfterAll
  static void stopRemote() {
    REMOTE.close();
  }

  @ArquillianResource URL url;

  Api api() {
    return new Api(url);
  }

  static byte[] archive(String text) {
    return ("PK release " + text).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void checkComparesWithTheRunningBuild() {
    REMOTE.release("99.0.0", archive("99"));

    Api.Reply r = api().get("/api/updates/check");

    assertEquals(200, r.status(), r.body());
    JsonObject d = r.data();
    assertTrue(d.getJsonObject("updates_available").getBoolean("git"), r.body());
    assertTrue(d.getJsonObject("updates_available").getJsonNumber("timestamp").longValue() > 0);
    assertEquals("99.0.0", d.getString("latest_version"));
    assertTrue(d.getString("current_version").matches("\\d+\\.\\d+\\.\\d+.*"), r.body());

    REMOTE.release("0.0.1", archive("old"));
    r = api().get("/api/updates/check");
    assertFalse(r.data().getJsonObject("updates_available").getBoolean("git"), r.body());
    assertEquals(409, api().post("/api/updates/install").status(), "nothing newer to install");
  }

  @Test
  void aChecksumMismatchIsRefusedBeforeAnythingIsHandedOver() throws IOException {
    Files.deleteIfExists(UPDATES.resolve("pending")); // an earlier test's hand-over
    byte[] bytes = archive("tampered");
    REMOTE.release("99.1.0", bytes, ManifestServer.sha256(archive("signed")), bytes.length);

    Api.Reply r = api().post("/api/updates/install");

    assertEquals(502, r.status(), r.body());
    assertFalse(r.object().getBoolean("success"));
    assertTrue(r.message().contains("checksum does not match"), r.message());
    assertFalse(Files.exists(UPDATES.resolve("loop-99.1.0.zip")));
    assertFalse(Files.exists(UPDATES.resolve("loop-99.1.0.zip.handed-over")));
    assertFalse(Files.exists(UPDATES.resolve("pending")));
  }

  @Test
  void aVerifiedReleaseIsHandedToTheUpdater() throws IOException {
    byte[] bytes = archive("good");
    REMOTE.release("99.2.0", bytes);

    Api.Reply r = api().post("/api/updates/install");

    assertEquals(200, r.status(), r.body());
    assertEquals("99.2.0", r.data().getString("latest_version"));
    assertEquals(bytes.length, r.data().getInt("archive_bytes"));
    Path zip = UPDATES.resolve("loop-99.2.0.zip");
    assertTrue(Files.exists(UPDATES.resolve("loop-99.2.0.zip.handed-over")), "updater ran");
    assertTrue(Files.readString(UPDATES.resolve("pending")).contains("version=99.2.0\n"));
    assertEquals(bytes.length, Files.size(zip));
  }

  @Test
  void anUnreachableManifestIsABadGatewayWithASentence() {
    REMOTE.status("/manifest.json", 500);

    Api.Reply r = api().get("/api/updates/check");

    assertEquals(502, r.status(), r.body());
    assertTrue(r.message().contains("release manifest"), r.message());
  }
}
