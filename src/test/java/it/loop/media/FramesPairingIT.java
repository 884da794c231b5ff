package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** LOOP's client sends the original and {@code <base>_frames.zip} together: one item. */
class FramesPairingIT extends LoopIT {

  @Test
  void theOriginalPlaysTheFramesSentWithItAndKeepsItsOwnBytesForDownload() throws Exception {
    byte[] original = Deployments.unique("gif_single_frame.gif");
    byte[] zip = Files.readAllBytes(
        Path.of(System.getProperty("loop.shared.dir", "../shared"),
            "fixtures/media/zip_frames_rgb565be_320x240_10f.zip"));
    Api.Reply up = api().upload("party.gif", original, "party_frames.zip", zip);
    assertEquals(200, up.status(), up.body());
    assertEquals(1, up.data().getJsonArray("slugs").size(), up.body());
    String slug = up.data().getString("slug");

    JsonObject item = api().waitConverted(slug);
    assertEquals("completed", item.getString("processing_status"), item.toString());
    assertEquals("party.gif", item.getString("filename"));
    assertEquals(10, item.getInt("frame_count"), "the ZIP's frames, not the GIF's one frame");
    assertArrayEquals(firstFrame(zip), api().bytes("/api/media/" + slug + "/frames/0").body(),
        "frames pass through byte for byte");
    assertArrayEquals(original, api().bytes("/api/media/" + slug + "/original").body());
    assertFalse(api().get("/api/media").body().contains("party_frames"),
        "the ZIP is not an item of its own");

    Api.Reply refit = api().put("/api/media/" + slug, "{\"fit\":\"crop\"}");
    assertEquals(409, refit.status(), "ready-made frames have no fit to change: " + refit.body());
    Api.Reply again = api().upload("party.gif", original, "party_frames.zip",
        Deployments.unique("zip_frames_rgb565be_320x240_10f.zip"));
    assertEquals(200, again.status(), again.body());
    assertEquals(slug, again.data().getString("slug"));
    assertTrue(again.object().getJsonArray("errors").toString().contains("party_frames.zip"),
        "other frames for an item that has its own are named as not used: " + again.body());

    Path originals = Path.of(System.getProperty("loop.it.data.dir"), "media", "originals");
    assertTrue(hasFramesFile(originals));
    assertEquals(200, api().delete("/api/media/" + slug).status());
    assertFalse(hasFramesFile(originals), "deleting the item deletes the frames it came with");
  }

  @Test
  void aFramesZipWhoseOriginalIsRefusedIsNamedInTheErrors() throws Exception {
    byte[] zip = Files.readAllBytes(
        Path.of(System.getProperty("loop.shared.dir", "../shared"),
            "fixtures/media/zip_frames_rgb565be_320x240_10f.zip"));
    Api.Reply up = api().upload("empty.gif", new byte[0], "empty_frames.zip", zip);
    assertEquals(400, up.status(), up.body());
    assertEquals(2, up.object().getJsonArray("errors").size(), up.body());
    assertTrue(up.body().contains("empty_frames.zip"), up.body());
  }

  private static boolean hasFramesFile(Path originals) throws Exception {
    try (var files = Files.list(originals)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".frames.zip"));
    }
  }

  private static byte[] firstFrame(byte[] zip) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("frame_000001.rgb")) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("fixture has no frame_000001.rgb");
  }
}
