package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code PUT /api/media/{slug} {"fit": ...}}: a converted item is converted again, in place. */
class MediaFitIT extends LoopIT {

  @Test
  void switchingToCropRefillsTheFramesAndKeepsTheItemOutOfTheLoopWhenItWasDisabled()
      throws Exception {
    // 1000x100: with fit it is a thin band between black bars; cropped it fills the screen
    byte[] png = Deployments.unique("png_wide_1000x100.png");
    JsonObject item = api().uploadConverted("wide.png", png);
    String slug = item.getString("slug");
    assertEquals("completed", item.getString("processing_status"), item.toString());
    assertEquals("fit", item.getString("fit"));
    assertTrue(blackFirstRow(slug), "fit leaves a black bar at the top");
    String fitTag = api().bytes("/api/media/" + slug + "/thumbnail").headers()
        .firstValue("ETag").orElseThrow();
    assertEquals(304, api().bytes(api().request("/api/media/" + slug + "/thumbnail")
        .header("If-None-Match", fitTag).GET()).statusCode(), "a current copy is not sent again");
    assertEquals(200, api().delete("/api/loop/" + slug).status()); // disabled by the user

    Api.Reply changed = api().put("/api/media/" + slug, "{\"fit\":\"crop\"}");
    assertEquals(202, changed.status(), changed.body());
    assertEquals("crop", changed.data().getString("fit"));
    assertEquals("completed", changed.data().getString("processing_status"),
        "it keeps its old frames until the new ones are complete");

    long deadline = System.nanoTime() + 60_000_000_000L;
    while (blackFirstRow(slug) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertFalse(blackFirstRow(slug), "cropped frames fill the first row");
    JsonObject after = api().get("/api/media/" + slug).data();
    assertEquals("completed", after.getString("processing_status"));
    assertEquals("crop", after.getString("fit"));
    assertFalse(api().get("/api/loop").data().getJsonArray("loop").toString()
        .contains(slug), "a re-fit does not put a disabled item back into the loop");
    Path packs = dataDir().resolve("media/packs");
    String content = sha256(png).substring(0, 32); // packs are named by content and fit
    assertTrue(Files.isRegularFile(packs.resolve(content + "-crop.pack")));
    assertFalse(Files.exists(packs.resolve(content + "-fit.pack")),
        "the frames it played before are removed");

    var thumb = api().bytes(api().request("/api/media/" + slug + "/thumbnail")
        .header("If-None-Match", fitTag).GET());
    assertEquals(200, thumb.statusCode(), "the browser's copy of the fit thumbnail is stale now");
    assertFalse(fitTag.equals(thumb.headers().firstValue("ETag").orElse(fitTag)));

    Api.Reply same = api().put("/api/media/" + slug, "{\"fit\":\"CROP\"}");
    assertEquals(200, same.status(), same.body());
  }

  @Test
  void wrongWordsAndUnknownItemsAreRefusedWithASentence() {
    JsonObject item = api().uploadConverted("tiny.png", Deployments.unique("png_tiny_8x8.png"));
    String slug = item.getString("slug");
    Api.Reply bad = api().put("/api/media/" + slug, "{\"fit\":\"stretch\"}");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.message().contains("crop"), bad.message());
    assertEquals(400, api().put("/api/media/" + slug, "{}").status());
    assertEquals(404, api().put("/api/media/ghost_0123456789ab", "{\"fit\":\"crop\"}").status());
    assertEquals("fit", api().get("/api/media/" + slug).data().getString("fit"));
  }

  private boolean blackFirstRow(String slug) {
    byte[] frame = api().bytes("/api/media/" + slug + "/frames/0").body();
    for (int i = 0; i < 640; i++) {
      if (frame[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static Path dataDir() {
    return Path.of(System.getProperty("loop.it.data.dir"));
  }
}
