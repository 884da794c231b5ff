package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that race: a delete while the item converts, and the same file uploaded twice at
 * once. The data directory ({@code loop.it.data.dir}) and the SQLite file are read directly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.loop();
  }

  @ArquillianResource URL url;
  @TempDir Path work;

  Api api() {
    return new Api(url);
  }

  static Path data() {
    return Path.of(System.getProperty("loop.it.data.dir"));
  }

  /** A 20 s, 500-frame clip (small on disk, seconds to convert) made by the system ffmpeg. */
  byte[] longClip() throws Exception {
    Path clip = work.resolve("long.mp4");
    Process p = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i",
        "testsrc=size=160x120:rate=25", "-t", "20", "-c:v", "libx264", "-preset", "veryfast", "-crf", "40",
        "-pix_fmt", "yuv420p", "-metadata", "comment=" + System.nanoTime(), "-y",
        clip.toString()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
        new String(p.getInputStream().readAllBytes()));
    return Files.readAllBytes(clip);
  }

  @Test
  void deletingWhileConvertingLeavesNoItemNoFilesNoJob() throws Exception {
    byte[] clip = longClip();
    assertTrue(clip.length < 204800, "the clip fits the IT upload cap: " + clip.length);
    Api.Reply up = api().upload("racing.mp4", clip);
    assertEquals(200, up.status(), up.body());
    String slug = up.data().getString("slug");
    awaitStatus(slug, "processing");

    Api.Reply deleted = api().delete("/api/media/" + slug);
    assertTrue(Set.of(200, 404).contains(deleted.status()), deleted.body());
    assertEquals(404, api().get("/api/media/" + slug).status());

    // one worker converts in order: once a later upload is converted, the raced one has ended
    api().uploadConverted("after.gif", Deployments.unique("gif_single_frame.gif"));

    String pack = sha256(clip).substring(0, 32);
    assertEquals(List.of(), files("media/originals", slug));
    assertEquals(List.of(), files("media/packs", pack));
    assertEquals(List.of(), files("media/thumbs", pack));
    assertEquals(List.of(), files("media/packs", "").stream()
        .filter(n -> n.endsWith(".part")).toList(), "no half-written pack");
    assertEquals(0, rows("SELECT COUNT(*) FROM PROCESSING_JOB WHERE SLUG=?", slug));
    assertEquals(0, rows("SELECT COUNT(*) FROM MEDIA WHERE SLUG=?", slug));
    assertTrue(api().get("/api/loop").data().getJsonArray("loop").stream()
        .noneMatch(v -> v.toString().contains(slug)));
  }

  @Test
  void theSameFileUploadedTwiceAtOnceBecomesOneItem() throws Exception {
    for (int round = 0; round < 5; round++) {
      byte[] gif = Deployments.unique("gif_anim_160x120_24f_40ms.gif");
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Api.Reply>> both = Stream.of(1, 2)
          .map(i -> CompletableFuture.supplyAsync(() -> {
            await(go);
            return api().upload("twice.gif", gif);
          })).toList();
      go.countDown();
      Api.Reply a = both.get(0).get(60, TimeUnit.SECONDS);
      Api.Reply b = both.get(1).get(60, TimeUnit.SECONDS);
      assertEquals(200, a.status(), a.body());
      assertEquals(200, b.status(), b.body());
      String slug = a.data().getString("slug");
      assertEquals(slug, b.data().getString("slug"));
      assertEquals(1, rows("SELECT COUNT(*) FROM MEDIA WHERE CONTENTHASH=?", sha256(gif)));
      assertEquals(1, rows("SELECT COUNT(*) FROM PROCESSING_JOB WHERE SLUG=?", slug));
      JsonObject item = api().waitConverted(slug);
      assertEquals("completed", item.getString("processing_status"), item.toString());
      assertTrue(Files.isRegularFile(data().resolve("media/originals").resolve(slug + ".gif")),
          "the original survives the losing upload");
    }
  }

  @Test
  void cleanupDuringUploadsNeverTakesAnOriginalFromUnderItsItem() throws Exception {
    CompletableFuture<Integer> sweeper = CompletableFuture.supplyAsync(() -> {
      int n = 0;
      for (long end = System.nanoTime() + 8_000_000_000L; System.nanoTime() < end; n++) {
        assertEquals(200, api().post("/api/media/cleanup").status());
      }
      return n;
    });
    List<String> slugs = new java.util.ArrayList<>();
    while (!sweeper.isDone()) {
      Api.Reply up = api().upload("swept.png", Deployments.unique("png_tiny_8x8.png"));
      assertEquals(200, up.status(), up.body());
      slugs.add(up.data().getString("slug"));
    }
    assertTrue(sweeper.get() > 0);
    for (String slug : slugs) {
      JsonObject item = api().waitConverted(slug);
      assertEquals("completed", item.getString("processing_status"), item.toString());
      assertTrue(Files.isRegularFile(data().resolve("media/originals").resolve(slug + ".png")),
          slug + " kept its original");
    }
  }

  void awaitStatus(String slug, String status) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      JsonObject item = api().get("/api/media/" + slug).data();
      if (item.getString("processing_status").equals(status)) {
        return;
      }
      assertTrue(Set.of("uploaded", "processing").contains(item.getString("processing_status")),
          "still converting when the delete comes: " + item);
      Thread.sleep(5);
    }
    throw new AssertionError(slug + " never reached " + status);
  }

  static List<String> files(String dir, String prefix) throws Exception {
    Path d = data().resolve(dir);
    if (!Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
    }
  }

  static long rows(String sql, String arg) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("loop.db"));
        PreparedStatement q = c.prepareStatement(sql)) {
      q.setString(1, arg);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
