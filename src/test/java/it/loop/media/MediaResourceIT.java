package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Media routes against the real server: uploads land in the SQLite file and on disk. */
class MediaResourceIT extends LoopIT {

  @Test
  void uploadIsStoredInTheSqliteIndexAndOnDisk() throws Exception {
    byte[] gif = Deployments.unique("gif_single_frame.gif");
    Api.Reply up = api().upload("Fête à la plage.gif", gif);
    assertEquals(200, up.status(), up.body());
    String slug = up.data().getString("slug");
    assertTrue(slug.matches("fete-a-la-plage_[0-9a-f]{12}"), slug);
    assertEquals(1, up.data().getJsonArray("job_ids").size());

    JsonObject item = api().get("/api/media/" + slug).data();
    assertEquals("Fête à la plage.gif", item.getString("filename"));
    assertEquals("image/gif", item.getString("type"));
    assertEquals(gif.length, item.getInt("size"));
    assertTrue(java.util.Set.of("uploaded", "processing", "completed")
        .contains(item.getString("processing_status")), item.toString());
    assertTrue(item.containsKey("durations_ms") && item.containsKey("loop_count"));

    Path db = Path.of(System.getProperty("loop.it.data.dir"), "loop.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement q =
            c.prepareStatement("SELECT FILENAME, SIZE, PROCESSINGSTATUS FROM MEDIA WHERE SLUG=?")) {
      q.setString(1, slug);
      try (ResultSet rs = q.executeQuery()) {
        assertTrue(rs.next(), "row for " + slug + " in " + db);
        assertEquals("Fête à la plage.gif", rs.getString(1));
        assertEquals(gif.length, rs.getLong(2));
        assertTrue(java.util.Set.of("UPLOADED", "PROCESSING", "COMPLETED")
            .contains(rs.getString(3)));
      }
    }
    Path original =
        Path.of(System.getProperty("loop.it.data.dir"), "media", "originals", slug + ".gif");
    assertTrue(Files.isRegularFile(original));
    assertEquals(gif.length, Files.size(original));
  }

  @Test
  void sameBytesAndNameGiveTheSameItem() {
    byte[] png = Deployments.unique("png_tiny_8x8.png");
    String first = api().upload("tiny.png", png).data().getString("slug");
    Api.Reply again = api().upload("tiny.png", png);
    assertEquals(200, again.status());
    assertEquals(first, again.data().getString("slug"));
    assertEquals(0, again.data().getJsonArray("job_ids").size());
    String other = api().upload("tiny copy.png", png).data().getString("slug");
    assertFalse(first.equals(other));
  }

  @Test
  void refusedFilesSayWhyAndLeaveNothingBehind() throws Exception {
    long before = originals();
    Api.Reply empty = api().upload("nothing.gif", new byte[0]);
    assertEquals(400, empty.status());
    assertFalse(empty.object().getBoolean("success"));
    assertTrue(empty.message().contains("empty"), empty.message());

    Api.Reply text = api().upload("notes.gif", "just some text, not a gif".getBytes());
    assertEquals(415, text.status());
    assertTrue(text.message().contains("not a picture"), text.message());
    assertEquals("notes.gif", text.object().getJsonArray("errors").getJsonObject(0)
        .getString("field"));
    assertEquals(before, originals());
  }

  @Test
  void uploadPastTheSizeCapIs413AndKeepsNothing() throws Exception {
    long before = originals();
    byte[] big = new byte[300 * 1024];
    System.arraycopy("GIF89a".getBytes(), 0, big, 0, 6);
    Api.Reply r = api().upload("huge.gif", big);
    assertEquals(413, r.status(), r.body());
    assertTrue(r.message().contains("200 KB upload limit"), r.message());
    assertEquals(before, originals());
    try (var s = Files.list(Path.of(System.getProperty("loop.it.data.dir"), "tmp"))) {
      assertEquals(0, s.count(), "no temp file left behind");
    }
  }

  @Test
  void mixedUploadAcceptsTheGoodAndNamesTheRefused() {
    Api.Reply r = api().upload(
        "good.jpg", Deployments.unique("jpeg_baseline.jpg"), "bad.gif", "hello".getBytes());
    assertEquals(200, r.status(), r.body());
    assertTrue(r.object().getBoolean("success"));
    assertTrue(r.message().startsWith("Accepted 1 of 2 files"), r.message());
    assertEquals("bad.gif", r.object().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void filesPastThePerUploadCapAreRefusedByNameAndNotStored() throws Exception {
    long before = originals(); // the test profile caps an upload at 3 files
    Api.Reply r = api().upload(
        "one.png", Deployments.unique("png_tiny_8x8.png"),
        "two.png", Deployments.unique("png_tiny_8x8.png"),
        "three.png", Deployments.unique("png_tiny_8x8.png"),
        "four.png", Deployments.unique("png_tiny_8x8.png"),
        "five.png", Deployments.unique("png_tiny_8x8.png"));
    assertEquals(200, r.status(), r.body());
    assertEquals(3, r.data().getJsonArray("slugs").size(), r.body());
    var errors = r.object().getJsonArray("errors");
    assertEquals(List.of("four.png", "five.png"), errors.stream()
        .map(e -> e.asJsonObject().getString("field")).toList());
    assertTrue(errors.getJsonObject(0).getString("error").contains("at most 3 files"), r.body());
    assertTrue(r.message().startsWith("Accepted 3 of 5 files"), r.message());
    assertEquals(before + 3, originals(), "only the three taken files were stored");
  }

  @Test
  void uploadWithoutFilesPartIsRefused() {
    Api.Reply r = api().send(api().request("/api/media")
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n")));
    assertEquals(400, r.status(), r.body());
    assertTrue(r.message().contains("files"), r.message());
  }

  @Test
  void unknownAndMalformedSlugs() {
    assertEquals(404, api().get("/api/media/nothing_0123456789ab").status());
    assertEquals(404, api().delete("/api/media/nothing_0123456789ab").status());
    assertEquals(404, api().post("/api/media/nothing_0123456789ab/activate").status());
    Api.Reply bad = api().delete("/api/media/..");
    assertTrue(bad.status() == 400 || bad.status() == 404, bad.body());
    Api.Reply star = api().delete("/api/media/*");
    assertEquals(400, star.status(), star.body());
    assertTrue(star.message().contains("not a valid media id"), star.message());
  }

  @Test
  void deleteRemovesItemFilesAndLoopEntryAndMovesActiveOn() {
    String a = api().uploadConverted("a.png", Deployments.unique("png_palette.png"))
        .getString("slug");
    String b = api().uploadConverted("b.png", Deployments.unique("png_palette.png"))
        .getString("slug");
    assertEquals(200, api().post("/api/media/" + b + "/activate").status());
    assertEquals(200, api().post("/api/media/" + a + "/activate").status());
    assertEquals(a, api().get("/api/dashboard").object().getString("active"));

    Api.Reply del = api().delete("/api/media/" + a);
    assertEquals(200, del.status(), del.body());
    assertEquals("Deleted media: " + a, del.message());
    JsonObject dash = api().get("/api/dashboard").object();
    assertFalse(Api.strings(dash.get("loop")).contains(a), dash.toString());
    assertFalse(dash.getString("active", "").equals(a));
    assertEquals(404, api().get("/api/media/" + a).status());
    assertFalse(Files.exists(
        Path.of(System.getProperty("loop.it.data.dir"), "media", "originals", a + ".png")));
  }

  @Test
  void originalIsServedAsADownloadThatCannotBeSniffed() {
    byte[] png = Deployments.unique("png_palette.png");
    String slug = api().upload("pal ette.png", png).data().getString("slug");
    Api.Reply r = api().get("/api/media/" + slug + "/original");
    assertEquals(200, r.status());
    assertEquals("application/octet-stream", r.raw().headers().firstValue("Content-Type")
        .orElse(""));
    assertEquals("nosniff", r.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
    String disposition = r.raw().headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;") && disposition.contains("pal%20ette.png"),
        disposition);
  }

  @Test
  void cleanupRemovesOrphanedFilesOnly() throws Exception {
    String slug = api().upload("keep.png", Deployments.unique("png_tiny_8x8.png")).data()
        .getString("slug");
    Path originals = Path.of(System.getProperty("loop.it.data.dir"), "media", "originals");
    Path orphan = Files.write(originals.resolve("orphan_000000000000.png"), new byte[] {1, 2});
    Api.Reply r = api().post("/api/media/cleanup");
    assertEquals(200, r.status());
    assertTrue(r.message().matches("Cleaned up [1-9]\\d* orphaned files"), r.message());
    assertFalse(Files.exists(orphan));
    assertTrue(Files.exists(originals.resolve(slug + ".png")));
  }

  @Test
  void mediaListCarriesFullItemsNewestFirst() {
    String slug = api().upload("newest.png", Deployments.unique("png_tiny_8x8.png")).data()
        .getString("slug");
    JsonObject data = api().get("/api/media").data();
    JsonObject first = data.getJsonArray("media").getJsonObject(0);
    assertEquals(slug, first.getString("slug"));
    for (String key : new String[] {"slug", "filename", "type", "size", "uploadedAt", "url",
        "duration", "width", "height", "frame_count", "processing_status"}) {
      assertTrue(first.containsKey(key), key);
    }
    assertNotNull(data.get("last_updated"));
  }

  private static long originals() throws Exception {
    Path dir = Path.of(System.getProperty("loop.it.data.dir"), "media", "originals");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var s = Files.list(dir)) {
      return s.count();
    }
  }
}
