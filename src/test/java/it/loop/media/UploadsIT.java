package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The tus 1.0 resumable upload protocol, spoken by hand: create, resume, finish, terminate. */
class UploadsIT extends LoopIT {

  HttpRequest.Builder tus(String path) {
    return api().request(path).header("Tus-Resumable", "1.0.0");
  }

  String create(long length, String filename) {
    String meta = "filename " + Base64.getEncoder().encodeToString(
        filename.getBytes(StandardCharsets.UTF_8));
    Api.Reply r = api().send(tus("/api/uploads").header("Upload-Length", Long.toString(length))
        .header("Upload-Metadata", meta).POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(201, r.status(), r.body());
    String location = r.raw().headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("/api/uploads/"));
  }

  Api.Reply patch(String path, long offset, byte[] chunk) {
    return api().send(tus(path).header("Upload-Offset", Long.toString(offset))
        .header("Content-Type", "application/offset+octet-stream")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)));
  }

  long offset(String path) {
    Api.Reply head = api().send(tus(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, head.status());
    return Long.parseLong(head.raw().headers().firstValue("Upload-Offset").orElseThrow());
  }

  @Test
  void anUploadCutInTwoResumesFromTheServersOffsetAndBecomesAnItem() {
    byte[] gif = Deployments.unique("gif_varying_delays.gif");
    String path = create(gif.length, "Résumé.gif");
    int half = gif.length / 2;

    assertEquals(204, patch(path, 0, Arrays.copyOf(gif, half)).status());
    assertEquals(half, offset(path));
    Api.Reply stale = patch(path, 0, Arrays.copyOf(gif, 10));
    assertEquals(409, stale.status(), "a client that lost track is told to resume");
    Api.Reply last = patch(path, half, Arrays.copyOfRange(gif, half, gif.length));

    assertEquals(204, last.status(), last.body());
    assertEquals(Long.toString(gif.length), last.raw().headers().firstValue("Upload-Offset")
        .orElseThrow());
    String slug = last.raw().headers().firstValue("Loop-Media-Slug").orElseThrow();
    assertEquals("Résumé.gif", api().get("/api/media/" + slug).data().getString("filename"));
    assertEquals(404, api().send(tus(path).method("HEAD", HttpRequest.BodyPublishers.noBody()))
        .status(), "a finished upload is gone");
  }

  @Test
  void terminationRemovesThePartialUpload() {
    String path = create(1000, "gone.gif");
    patch(path, 0, new byte[100]);
    Api.Reply del = api().send(tus(path).DELETE());
    assertEquals(204, del.status());
    assertEquals(404, api().send(tus(path).method("HEAD", HttpRequest.BodyPublishers.noBody()))
        .status());
  }

  @Test
  void protocolErrorsAreRefusedWithSentences() throws Exception {
    Api.Reply noVersion = api().send(api().request("/api/uploads").header("Upload-Length", "10")
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(412, noVersion.status());
    Api.Reply tooBig = api().send(tus("/api/uploads").header("Upload-Length", "999999999999")
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(413, tooBig.status());
    String path = create(20, "x.gif");
    Api.Reply pastEnd = patch(path, 0, new byte[30]);
    assertEquals(400, pastEnd.status(), pastEnd.body());
    assertEquals(0, offset(path), "nothing past the declared length is kept");
    byte[] chunk = "GIF89a0123456789abc".getBytes();
    String wrongSum = "sha1 " + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-1").digest("other".getBytes()));
    Api.Reply bad = api().send(tus(path).header("Upload-Offset", "0")
        .header("Upload-Checksum", wrongSum)
        .header("Content-Type", "application/offset+octet-stream")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)));
    assertEquals(460, bad.status());
    assertEquals(0, offset(path));
    assertEquals(404, api().send(tus("/api/uploads/../../etc").method("HEAD",
        HttpRequest.BodyPublishers.noBody())).status());
    Api.Reply options = api().send(api().request("/api/uploads")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertTrue(options.raw().headers().firstValue("Tus-Extension").orElse("")
        .contains("termination"));
  }

  @Test
  void aRefusedFileSaysWhyWhenItsLastChunkArrives() {
    byte[] text = "this is not a picture at all".getBytes();
    String path = create(text.length, "notes.gif");
    Api.Reply r = patch(path, 0, text);
    assertEquals(415, r.status(), r.body());
    assertFalse(r.object().getBoolean("success"));
    assertTrue(r.message().contains("not a picture"), r.message());
  }
}
