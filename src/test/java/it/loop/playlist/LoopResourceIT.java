package it.loop.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Loop edits: add, reorder, remove, policy, and optimistic locking with 409 + current state. */
class LoopResourceIT extends LoopIT {

  /** A converted item (it has joined the loop by itself, as finished items do). */
  String upload(String name) {
    return api().uploadConverted(name, Deployments.unique("png_tiny_8x8.png")).getString("slug");
  }

  JsonObject loop() {
    return api().get("/api/loop").data();
  }

  @Test
  void addAppendsOnceAndReorderSetsExactOrder() {
    String a = upload("a.png");
    String b = upload("b.png");
    String c = upload("c.png");
    int version = -1;
    for (String s : List.of(a, b, c, a)) {
      Api.Reply r = api().post("/api/loop", "{\"slug\":\"" + s + "\"}");
      assertEquals(200, r.status(), r.body());
      assertEquals("Added to loop", r.message());
      if (s.equals(a) && version >= 0) {
        assertEquals(version, r.data().getInt("version"), "re-adding is a no-op: no new version");
      }
      version = r.data().getInt("version");
    }
    List<String> order = Api.strings(loop().get("loop"));
    assertEquals(List.of(a, b, c), order.subList(order.size() - 3, order.size()));
    assertEquals(1, order.stream().filter(a::equals).count());

    List<String> reversed = new ArrayList<>(List.of(c, a));
    Api.Reply r = api().put("/api/loop", "{\"loop\":[\"" + c + "\",\"" + a + "\"]}");
    assertEquals(200, r.status(), r.body());
    assertEquals(reversed, Api.strings(r.data().get("loop")));
    assertEquals(reversed, Api.strings(loop().get("loop")));
    List<Integer> positions = loop().getJsonArray("entries").getValuesAs(JsonObject.class)
        .stream().map(e -> e.getInt("position")).toList();
    assertEquals(List.of(0, 1), positions);
  }

  @Test
  void removeTakesItOutButKeepsTheMedia() {
    String a = upload("r1.png");
    String b = upload("r2.png");
    api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + b + "\"]}");
    Api.Reply r = api().delete("/api/loop/" + a);
    assertEquals(200, r.status(), r.body());
    assertEquals(List.of(b), Api.strings(r.data().get("loop")));
    assertEquals(200, api().get("/api/media/" + a).status());
    assertEquals(0, loop().getJsonArray("entries").getJsonObject(0).getInt("position"));
    Api.Reply again = api().delete("/api/loop/" + a);
    assertEquals(200, again.status(), "removing what is not in the loop is a no-op");
    assertEquals(r.data().getInt("version"), again.data().getInt("version"));
    assertEquals(404, api().delete("/api/loop/ghost_0123456789ab").status());
  }

  @Test
  void unknownOrRepeatedSlugsAreRefusedAndChangeNothing() {
    String a = upload("u1.png");
    api().put("/api/loop", "{\"loop\":[\"" + a + "\"]}");
    int version = loop().getInt("version");
    Api.Reply unknown = api().post("/api/loop", "{\"slug\":\"ghost_0123456789ab\"}");
    assertEquals(404, unknown.status(), unknown.body());
    Api.Reply reorderUnknown =
        api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"ghost_0123456789ab\"]}");
    assertEquals(404, reorderUnknown.status());
    Api.Reply twice = api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + a + "\"]}");
    assertEquals(400, twice.status());
    assertTrue(twice.message().contains("twice"), twice.message());
    assertEquals(List.of(a), Api.strings(loop().get("loop")));
    assertEquals(version, loop().getInt("version"));
  }

  @Test
  void staleVersionGets409WithTheCurrentLoop() {
    String a = upload("v1.png");
    String b = upload("v2.png");
    Api.Reply first = api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + b + "\"]}");
    int seen = first.data().getInt("version");

    Api.Reply other = api().put("/api/loop",
        "{\"loop\":[\"" + b + "\",\"" + a + "\"],\"version\":" + seen + "}");
    assertEquals(200, other.status(), other.body());
    assertTrue(other.data().getInt("version") > seen);

    Api.Reply stale = api().put("/api/loop", "{\"loop\":[\"" + a + "\"],\"version\":" + seen + "}");
    assertEquals(409, stale.status(), stale.body());
    assertFalse(stale.object().getBoolean("success"));
    assertEquals(List.of(b, a), Api.strings(stale.data().get("loop")));
    assertEquals(other.data().getInt("version"), stale.data().getInt("version"));
    assertEquals(409, api().delete("/api/loop/" + a + "?version=" + seen).status());
    assertEquals(List.of(b, a), Api.strings(loop().get("loop")));
  }

  @Test
  void concurrentWritersFromTheSameVersionYieldOneWinnerAndConflicts() throws Exception {
    String a = upload("c1.png");
    String b = upload("c2.png");
    int seen = api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + b + "\"]}").data()
        .getInt("version");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String order = i % 2 == 0 ? "[\"" + b + "\",\"" + a + "\"]" : "[\"" + a + "\"]";
      replies.add(pool.submit(() -> api().put("/api/loop",
          "{\"loop\":" + order + ",\"version\":" + seen + "}")));
    }
    int ok = 0;
    for (var f : replies) {
      Api.Reply r = f.get(30, java.util.concurrent.TimeUnit.SECONDS);
      if (r.status() == 200) {
        ok++;
      } else {
        assertEquals(409, r.status(), r.body());
        assertTrue(r.data().containsKey("loop") && r.data().getInt("version") > seen, r.body());
      }
    }
    pool.shutdown();
    assertEquals(1, ok);
  }

  @Test
  void perItemPolicyIsKeptAndValidated() {
    String a = upload("p1.png");
    api().put("/api/loop", "{\"loop\":[\"" + a + "\"]}");
    Api.Reply set = api().put("/api/loop/" + a, "{\"plays\":3,\"min_seconds\":12}");
    assertEquals(200, set.status(), set.body());
    JsonObject entry = loop().getJsonArray("entries").getJsonObject(0);
    assertEquals(3, entry.getInt("plays"));
    assertEquals(12, entry.getInt("min_seconds"));
    Api.Reply bad = api().put("/api/loop/" + a, "{\"plays\":0}");
    assertEquals(400, bad.status());
    assertEquals("plays", bad.object().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void brightnessPersistsClampsAndDetectsStaleWrites() {
    Api.Reply set = api().post("/api/display/brightness", "{\"brightness\":140}");
    assertEquals(200, set.status(), set.body());
    assertEquals(100, set.data().getInt("brightness"));
    int version = set.data().getInt("version");
    assertEquals(40, api().post("/api/display/brightness",
        "{\"brightness\":40,\"version\":" + version + "}").data().getInt("brightness"));
    Api.Reply stale = api().post("/api/display/brightness",
        "{\"brightness\":90,\"version\":" + version + "}");
    assertEquals(409, stale.status());
    assertEquals(40, stale.data().getInt("brightness"));
    assertEquals(40, api().get("/api/display/brightness").data().getInt("brightness"));
    Api.Reply unchanged = api().post("/api/display/brightness", "{\"brightness\":null}");
    assertEquals(200, unchanged.status());
    assertEquals(40, unchanged.data().getInt("brightness"));
  }

  @Test
  void playbackNextPreviousToggleAndLoopMode() {
    String a = upload("n1.png");
    String b = upload("n2.png");
    api().put("/api/loop", "{\"loop\":[\"" + a + "\",\"" + b + "\"]}");
    api().post("/api/media/" + a + "/activate");
    api().post("/api/playback/next");
    assertEquals(b, api().get("/api/dashboard").object().getString("active"));
    api().post("/api/playback/next");
    assertEquals(a, api().get("/api/dashboard").object().getString("active"));
    api().post("/api/playback/previous");
    assertEquals(b, api().get("/api/dashboard").object().getString("active"));

    boolean paused = api().post("/api/playback/toggle").data().getBoolean("paused");
    assertEquals(!paused, api().post("/api/playback/toggle").data().getBoolean("paused"));
    String mode = api().post("/api/playback/loop-mode?mode=one").data().getString("loop_mode");
    assertEquals("one", mode);
    assertEquals("all", api().post("/api/playback/loop-mode").data().getString("loop_mode"));
    assertEquals(400, api().post("/api/playback/loop-mode?mode=sideways").status());
  }
}
