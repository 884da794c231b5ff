package it.loop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.LoopIT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * The routes and error answers the feature ITs do not reach, so that every documented route is
 * exercised (and so checked against the document) at least once; and the document itself is
 * served as it is in the source tree.
 */
class ContractIT extends LoopIT {

  @Test
  void theDocumentIsServedAsYaml() throws Exception {
    HttpResponse<byte[]> r = api().bytes("/openapi.yaml");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
        r.headers().toString());
    assertEquals(Files.readString(OpenApi.FILE), new String(r.body(), "UTF-8"));
  }

  @Test
  void screenMessages() {
    assertEquals(200, api().post("/api/display/message",
        "{\"text\":\"Hello\",\"lines\":[\"from the contract\"],\"priority\":40,\"seconds\":2}")
        .status());
    assertEquals(200, api().delete("/api/display/message").status());
    Api.Reply noText = api().post("/api/display/message", "{\"lines\":[]}");
    assertEquals(400, noText.status(), noText.body());
  }

  @Test
  void uploadState() {
    String name = Base64.getEncoder().encodeToString("state.gif".getBytes());
    Api.Reply created = api().send(api().request("/api/uploads").header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", "10").header("Upload-Metadata", "filename " + name)
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(201, created.status());
    String location = created.raw().headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    Api.Reply state = api().get("/api/uploads/" + id);
    assertEquals(0, state.data().getInt("offset"));
    assertEquals("state.gif", state.data().getString("filename"));
    assertEquals(204, api().send(api().request("/api/uploads/" + id)
        .header("Tus-Resumable", "1.0.0").DELETE()).status());
    assertEquals(404, api().get("/api/uploads/" + id).status());
  }

  @Test
  void errorsOfTheReadOnlyFamilies() {
    assertEquals(405, api().post("/api/dashboard").status());
    assertEquals(404, api().get("/api/dashboard/nothing-here").status());
    assertEquals(405, api().post("/api/poll/status").status());
    assertEquals(406, api().lines("/api/events", "application/json").statusCode());
  }
}
