package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code GET /api/media} pages newest first with an opaque cursor; the dashboard is bounded. */
class MediaPagingIT extends LoopIT {

  @Test
  void pagesWalkTheWholeLibraryNewestFirstWithoutRepeats() {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mine.add(api().upload("page-" + i + ".png", Deployments.unique("png_tiny_8x8.png")).data()
          .getString("slug"));
    }
    List<String> slugs = new ArrayList<>();
    List<String> times = new ArrayList<>();
    String cursor = null;
    long total = -1;
    do {
      JsonObject page = api().get("/api/media?limit=2"
          + (cursor == null ? "" : "&cursor=" + cursor)).data();
      total = page.getJsonNumber("total").longValue();
      assertTrue(page.getJsonArray("media").size() <= 2);
      for (JsonValue v : page.getJsonArray("media")) {
        slugs.add(v.asJsonObject().getString("slug"));
        times.add(v.asJsonObject().getString("uploadedAt"));
      }
      cursor = page.isNull("next_cursor") ? null : page.getString("next_cursor");
    } while (cursor != null && slugs.size() < 10_000);

    assertEquals(total, slugs.size(), "every item once: " + slugs);
    assertEquals(slugs.size(), new HashSet<>(slugs).size(), "no item twice: " + slugs);
    for (int i = 1; i < times.size(); i++) {
      // as instants: the text drops a zero millisecond part ("...:08Z" after "...:08.040Z")
      assertTrue(java.time.Instant.parse(times.get(i - 1))
          .compareTo(java.time.Instant.parse(times.get(i))) >= 0, "newest first: " + times);
    }
    assertEquals(List.of(mine.get(2), mine.get(1), mine.get(0)), slugs.subList(0, 3));
    JsonObject first = api().get("/api/media").data();
    assertEquals(slugs.subList(0, (int) Math.min(total, 100)), first.getJsonArray("media")
        .stream().map(v -> v.asJsonObject().getString("slug")).toList(), "default limit 100");
  }

  @Test
  void theDashboardShowsTheFirstPageAndTheTotal() {
    api().upload("dash.png", Deployments.unique("png_tiny_8x8.png"));
    JsonObject dashboard = api().get("/api/dashboard").object();
    JsonObject page = api().get("/api/media").data();
    assertEquals(page.getJsonNumber("total").longValue(),
        dashboard.getJsonNumber("media_total").longValue());
    assertEquals(page.getJsonArray("media").size(), dashboard.getJsonArray("media").size());
    assertEquals(page.get("next_cursor"), dashboard.get("media_next_cursor"));
  }

  @Test
  void badPagingParametersAreRefusedWithASentence() {
    for (String query : List.of("limit=0", "limit=501", "limit=ten", "cursor=not-ours",
        "cursor=" + "A".repeat(100))) {
      Api.Reply r = api().get("/api/media?" + query);
      assertEquals(400, r.status(), query + ": " + r.body());
      assertTrue(r.message().contains(query.startsWith("limit") ? "limit" : "cursor"),
          r.message());
    }
  }
}
