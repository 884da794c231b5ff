package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Backup and restore through HTTP: round trip, refusals that change nothing, both body forms. */
class BackupIT extends LoopIT {

  byte[] backup(String query) {
    HttpResponse<byte[]> r = api().bytes("/api/backup" + query);
    assertEquals(200, r.statusCode());
    String disposition = r.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.matches("attachment; filename=loop-backup-[0-9-]+\\.zip"), disposition);
    return r.body();
  }

  Api.Reply restoreRaw(byte[] zip) {
    return api().send(api().request("/api/restore").header("Content-Type", "application/zip")
        .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
  }

  Api.Reply restoreMultipart(byte[] zip) {
    String boundary = "loop-it-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"b.zip\"\r\nContent-Type: application/zip\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(zip);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return api().send(api().request("/api/restore")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Names and sizes of every file under the IT server's media directory. */
  static Map<String, Long> mediaFiles() throws IOException {
    Path media = Path.of(System.getProperty("loop.it.data.dir"), "media");
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(media)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(media.relativize(p).toString(), Files.size(p));
      }
    }
    return out;
  }

  String playingWithin(String slug) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    String now = null;
    while (System.nanoTime() < deadline) {
      var p = api().get("/api/poll/status").data().getJsonObject("playback");
      now = p.isNull("current_item") ? null : p.getString("current_item");
      if (slug.equals(now)) {
        return now;
      }
      Thread.sleep(50);
    }
    return now;
  }

  @Test
  void backupDeleteRestoreBringsTheItemItsFramesAndPlaybackBack() throws Exception {
    String slug = api().uploadConverted("round.gif",
        Deployments.unique("gif_anim_160x120_24f_40ms.gif")).getString("slug");
    api().post("/api/media/" + slug + "/activate");
    byte[] zip = backup("");
    Map<String, byte[]> inside = entries(zip);
    assertTrue(inside.containsKey("manifest.json") && inside.containsKey("loop.db"),
        inside.keySet().toString());
    assertTrue(inside.keySet().stream().anyMatch(n -> n.startsWith("media/originals/" + slug)));

    assertEquals(200, api().delete("/api/media/" + slug).status());
    assertEquals(404, api().get("/api/media/" + slug).status());

    Api.Reply restored = restoreRaw(zip);
    assertEquals(200, restored.status(), restored.body());
    assertTrue(restored.data().getInt("items") >= 1, restored.body());
    assertEquals("completed",
        api().get("/api/media/" + slug).data().getString("processing_status"));
    assertEquals(200, api().bytes("/api/media/" + slug + "/frames/0").statusCode());
    assertTrue(Api.strings(api().get("/api/loop").data().get("loop")).contains(slug));
    if (!api().get("/api/dashboard").object().getJsonObject("status").getJsonObject("player")
        .getBoolean("is_playing")) {
      api().post("/api/playback/toggle");
    }
    api().post("/api/media/" + slug + "/activate");
    assertEquals(slug, playingWithin(slug));
  }

  String loopMode() {
    return api().get("/api/dashboard").object().getJsonObject("status").getJsonObject("player")
        .getString("loop_mode");
  }

  int brightness() {
    return api().get("/api/display/brightness").data().getInt("brightness");
  }

  @Test
  void aWipedDeviceGetsBackItsMediaLoopOrderPoliciesAndSettings() throws Exception {
    String a = api().uploadConverted("a.gif", Deployments.unique("gif_varying_delays.gif"))
        .getString("slug");
    String b = api().uploadConverted("b.gif",
        Deployments.unique("gif_anim_160x120_24f_40ms.gif")).getString("slug");
    assertEquals(200, api().put("/api/loop", "{\"loop\":[\"" + b + "\",\"" + a + "\"]}")
        .status());
    assertEquals(200, api().put("/api/loop/" + a, "{\"plays\":3,\"min_seconds\":7}").status());
    api().post("/api/display/brightness", "{\"brightness\":42}");
    api().post("/api/playback/loop-mode?mode=one");
    String loopBefore = api().get("/api/loop").data().get("entries").toString();
    byte[] zip = backup("");

    for (String slug : Api.strings(api().get("/api/loop").data().get("loop"))) {
      api().delete("/api/media/" + slug);
    }
    api().post("/api/display/brightness", "{\"brightness\":80}");
    api().post("/api/playback/loop-mode?mode=all");
    assertEquals(0, Api.strings(api().get("/api/loop").data().get("loop")).size());

    assertEquals(200, restoreRaw(zip).status());

    assertEquals(loopBefore, api().get("/api/loop").data().get("entries").toString());
    assertEquals(42, brightness());
    assertEquals("one", loopMode());
    for (String slug : List.of(a, b)) {
      assertEquals("completed",
          api().get("/api/media/" + slug).data().getString("processing_status"));
      assertEquals(200, api().bytes("/api/media/" + slug + "/thumbnail").statusCode());
    }
    api().post("/api/playback/loop-mode?mode=all");
  }

  @Test
  void tamperedForeignAndNonZipArchivesAreRefusedAndChangeNothing() throws Exception {
    String slug = api().uploadConverted("keep.gif",
        Deployments.unique("gif_anim_160x120_24f_40ms.gif")).getString("slug");
    Map<String, byte[]> inside = entries(backup("?originals=false"));
    String pack = inside.keySet().stream().filter(n -> n.startsWith("media/packs/"))
        .findFirst().orElseThrow();
    inside.get(pack)[100] ^= 0x55;
    Map<String, Long> before = mediaFiles();
    String loopBefore = api().get("/api/loop").data().get("loop").toString();

    Api.Reply tampered = restoreRaw(zip(inside));
    assertEquals(422, tampered.status(), tampered.body());
    assertTrue(tampered.message().contains(pack), tampered.message());

    Map<String, byte[]> foreign = new TreeMap<>(Map.of("hello.txt", "hi".getBytes()));
    Api.Reply notLoop = restoreRaw(zip(foreign));
    assertEquals(422, notLoop.status(), notLoop.body());
    assertTrue(notLoop.message().contains("not a Loop backup"), notLoop.message());

    Api.Reply notZip = restoreRaw("just text, not an archive".getBytes());
    assertEquals(400, notZip.status(), notZip.body());

    byte[] whole = zip(inside);
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertEquals(400, restoreRaw(truncated).status());

    assertEquals(before, mediaFiles());
    assertEquals(loopBefore, api().get("/api/loop").data().get("loop").toString());
    assertEquals("completed",
        api().get("/api/media/" + slug).data().getString("processing_status"));
  }

  @Test
  void multipartRestoreWithoutOriginalsKeepsTheLiveOriginals() throws Exception {
    String slug = api().uploadConverted("multi.gif",
        Deployments.unique("gif_anim_160x120_24f_40ms.gif")).getString("slug");
    byte[] zip = backup("?originals=false");
    List<String> names = new ArrayList<>(entries(zip).keySet());
    assertTrue(names.stream().noneMatch(n -> n.startsWith("media/originals/")), names.toString());

    Api.Reply restored = restoreMultipart(zip);
    assertEquals(200, restored.status(), restored.body());
    assertEquals(false, restored.data().getBoolean("originals_included"));
    assertEquals(200, api().bytes("/api/media/" + slug + "/original").statusCode());
  }

  @Test
  void thePasswordBelongsToTheDeviceNotToTheBackup() {
    String password = "backup-it-password";
    Api.Reply set = api().put("/api/auth/password", "{\"password\":\"" + password + "\"}");
    assertEquals(200, set.status(), set.body());
    String token = set.data().getString("token");
    try {
      HttpResponse<byte[]> zip = api().bytes(api().request("/api/backup?originals=false")
          .header("Authorization", "Bearer " + token).GET());
      assertEquals(200, zip.statusCode());
      Api.Reply cleared = api().send(api().request("/api/auth/password")
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(
              "{\"current_password\":\"" + password + "\",\"password\":null}")));
      assertEquals(200, cleared.status(), cleared.body());

      Api.Reply restored = restoreRaw(zip.body());
      assertEquals(200, restored.status(), restored.body());
      assertEquals(false, api().get("/api/auth").data().getBoolean("password_set"),
          "the archive's password does not come back with it");
      assertEquals(200, api().get("/api/media").status(), "the device stays open");
    } finally {
      api().send(api().request("/api/auth/password")
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(
              "{\"current_password\":\"" + password + "\",\"password\":null}")));
    }
  }
}
