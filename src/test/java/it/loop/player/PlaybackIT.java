package it.loop.player;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Playback on the virtual sink, observed through the API: items play in turn, the snapshot. */
class PlaybackIT extends LoopIT {

  JsonObject playback() {
    return api().get("/api/poll/status").data().getJsonObject("playback");
  }

  String playing() {
    JsonObject p = playback();
    return p.isNull("current_item") ? null : p.getString("current_item");
  }

  int[] pixels(byte[] png) throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  @Test
  void twoItemsPlayInTurnTheSnapshotIsTheirFrameAndDeletingMovesOn() throws Exception {
    String a = api().uploadConverted("a.gif", Deployments.unique("gif_anim_160x120_24f_40ms.gif"))
        .getString("slug");
    String b = api().uploadConverted("b.gif", Deployments.unique("gif_varying_delays.gif"))
        .getString("slug");
    api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + b + "\"]}");
    if (api().get("/api/dashboard").object().getJsonObject("status").getJsonObject("player")
        .getBoolean("is_playing") == false) {
      api().post("/api/playback/toggle");
    }
    api().post("/api/playback/loop-mode?mode=all");
    api().post("/api/media/" + a + "/activate");

    Set<String> seen = new HashSet<>();
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (seen.size() < 2 && System.nanoTime() < deadline) {
      String now = playing();
      if (a.equals(now) || b.equals(now)) {
        seen.add(now);
      }
      Thread.sleep(50);
    }
    assertEquals(Set.of(a, b), seen, "both items played in turn within 15 s");
    assertTrue(playback().getJsonNumber("frames_shown").longValue() > 10);

    api().post("/api/playback/toggle"); // pause: the frame holds
    Thread.sleep(300);
    String item = playing();
    int frame = playback().getInt("current_frame");
    byte[] expected = api().bytes("/api/media/" + item + "/frames/" + frame + "?format=png").body();
    byte[] snapshot = api().bytes("/api/display/snapshot").body();
    long boot = System.nanoTime() + 5_000_000_000L; // the start-up message holds the screen 2 s
    while (!Arrays.equals(pixels(expected), pixels(snapshot)) && System.nanoTime() < boot) {
      Thread.sleep(100);
      snapshot = api().bytes("/api/display/snapshot").body();
    }
    Files.write(Path.of("target", "playback-snapshot.png"), snapshot);
    assertArrayEquals(pixels(expected), pixels(snapshot), "the screen shows frame " + frame);
    api().post("/api/playback/toggle");

    String active = api().get("/api/dashboard").object().getString("active");
    api().delete("/api/media/" + active);
    long moved = System.nanoTime() + 2_000_000_000L;
    while (active.equals(playing()) && System.nanoTime() < moved) {
      Thread.sleep(20);
    }
    assertNotEquals(active, playing(), "deleting the active item moves playback on at once");
  }
}
