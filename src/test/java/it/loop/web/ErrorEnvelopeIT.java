package it.loop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.LoopIT;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every failure, wherever it starts, answers with the envelope and a human sentence. */
class ErrorEnvelopeIT extends LoopIT {

  /** The envelope's four keys, success false, a non-empty message, no stack trace. */
  static void assertEnvelope(Api.Reply r, int status) {
    assertEquals(status, r.status(), r.body());
    assertNotNull(r.json(), "JSON body expected: " + r.body());
    JsonObject o = r.object();
    assertEquals(Set.of("success", "message", "data", "errors"), o.keySet(), r.body());
    assertFalse(o.getBoolean("success"));
    assertFalse(o.getString("message").isBlank());
    assertFalse(r.body().contains("Exception") || r.body().contains("at loop."), r.body());
    assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith(
        "application/json"));
  }

  @Test
  void unknownRouteWrongMethodAndUnsupportedType() {
    assertEnvelope(api().get("/api/no/such/route"), 404);
    Api.Reply wrong = api().method("PATCH", "/api/loop");
    assertEnvelope(wrong, 405);
    assertEnvelope(api().send(api().request("/api/loop").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("slug"))), 415);
  }

  @Test
  void badJsonAndValidation() {
    Api.Reply bad = api().post("/api/loop", "{\"slug\": ");
    assertEnvelope(bad, 400);
    assertTrue(bad.message().contains("JSON"), bad.message());
    Api.Reply wrongType = api().post("/api/display/brightness", "{\"brightness\":\"bright\"}");
    assertEnvelope(wrongType, 400);
    Api.Reply missing = api().post("/api/loop", "{}");
    assertEnvelope(missing, 400);
    assertEquals("slug", missing.object().getJsonArray("errors").getJsonObject(0)
        .getString("field"));
    Api.Reply noBody = api().send(api().request("/api/loop").header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    assertEnvelope(noBody, 400);
  }

  @Test
  void oversizedBodiesAreRefusedWith413() {
    String big = "{\"loop\":[" + String.join(",", java.util.Collections.nCopies(2000,
        "\"a_0123456789ab\"")) + "]}";
    Api.Reply declared = api().put("/api/loop", big);
    assertEnvelope(declared, 413);
    assertTrue(declared.message().contains("4096"), declared.message());
    Api.Reply chunked = api().send(api().request("/api/loop")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes()))));
    assertEnvelope(chunked, 413);
  }

  @Test
  void subsystemsNotYetOnTheDeviceAnswer503WithASentence() {
    for (Api.Reply r : List.of(api().get("/api/wifi/scan"), api().post("/api/wifi/connect"),
        api().post("/api/wifi/save-current"), api().post("/api/wifi/hotspot"),
        api().get("/api/updates/check"), api().post("/api/updates/install"))) {
      assertEnvelope(r, 503);
      assertTrue(r.message().contains("not available"), r.message());
    }
  }

  @Test
  void malformedAddressesOutsideJaxRsUseTheEnvelopeToo() {
    Api.Reply encodedSlash = api().post("/api/media/x%2Fy/activate");
    assertEnvelope(encodedSlash, 400);
    encodedSlash = api().post("/api/media/..%2F..%2Fdata/activate");
    assertEnvelope(encodedSlash, 400);
    Api.Reply unknownStatic = api().get("/no-such-page.html");
    assertEnvelope(unknownStatic, 404);
  }

  @Test
  void allLoopRoutesExist() {
    List<String[]> routes = Stream.of(
        "GET /api/dashboard", "GET /api/dashboard/storage", "GET /api/dashboard/memory",
        "GET /api/media", "GET /api/loop", "GET /api/display/brightness",
        "GET /api/poll/status", "GET /api/poll/progress", "GET /api/poll/health",
        "POST /api/playback/toggle", "POST /api/playback/toggle", "POST /api/playback/next",
        "POST /api/playback/previous", "POST /api/playback/loop-mode",
        "POST /api/playback/loop-mode", "POST /api/playback/force-stop-progress",
        "POST /api/media/cleanup").map(s -> s.split(" ")).toList();
    for (String[] route : routes) {
      Api.Reply r = api().method(route[0], route[1]);
      assertEquals(200, r.status(), route[1] + " " + r.body());
    }
  }
}
