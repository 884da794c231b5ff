package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A full disk: 507 with a sentence for tus creation, tus writes and multipart uploads, nothing
 * half-written left. The disk is made "full" honestly: the running server's free-space floor
 * ({@code loop.disk.min-free-mb}, read at every check) is raised above the real free space by a
 * Liberty config dropin, which the server applies while running; the real free space of the
 * real volume is then below the floor, exactly as on a full SD card. The dropin is removed after.
 */
class DiskFullIT extends LoopIT {

  static Path dropin() {
    return Path.of(System.getProperty("wlp.home"), "usr", "servers",
        System.getProperty("liberty.server.name"), "configDropins", "overrides",
        "it-disk-full.xml");
  }

  static Path data() {
    return Path.of(System.getProperty("loop.it.data.dir"));
  }

  Api.Reply create(long length) {
    return api().send(api().request("/api/uploads").header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", Long.toString(length))
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  String path(Api.Reply created) {
    String location = created.raw().headers().firstValue("Location").orElseThrow();
    return location.substring(location.indexOf("/api/uploads/"));
  }

  Api.Reply patch(String path, long offset, byte[] bytes) {
    return api().send(api().request(path).header("Tus-Resumable", "1.0.0")
        .header("Upload-Offset", Long.toString(offset))
        .header("Content-Type", "application/offset+octet-stream")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  /** Polls tus creation until the server answers {@code status} (config updates are polled). */
  Api.Reply awaitCreation(int status) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Api.Reply r = create(10);
      if (r.status() == 201) {
        api().send(api().request(path(r)).header("Tus-Resumable", "1.0.0").DELETE());
      }
      if (r.status() == status) {
        return r;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server never answered " + status + " to tus creation");
  }

  @Test
  void aFullDiskRefusesUploadsWith507AndLeavesNothingHalfWritten() throws Exception {
    byte[] gif = Deployments.unique("gif_varying_delays.gif");
    Api.Reply pending = create(gif.length);
    assertEquals(201, pending.status(), pending.body());
    String pendingPath = path(pending);
    assertEquals(204, patch(pendingPath, 0, java.util.Arrays.copyOf(gif, 100)).status());
    long items = api().get("/api/media").data().getJsonArray("media").size();
    Set<String> tmpBefore = names(data().resolve("tmp"));
    Set<String> uploadsBefore = names(data().resolve("uploads"));
    String pendingId = pendingPath.substring(pendingPath.lastIndexOf('/') + 1);
    assertTrue(uploadsBefore.contains(pendingId + ".part"));

    Files.writeString(dropin(), "<server>\n  <variable name=\"loop.disk.min-free-mb\" "
        + "value=\"1000000000\"/>\n</server>\n");
    try {
      Api.Reply full = awaitCreation(507);
      assertFalse(full.object().getBoolean("success"));
      assertTrue(full.message().contains("storage is full"), full.message());

      Api.Reply write = patch(pendingPath, 100, java.util.Arrays.copyOfRange(gif, 100, 200));
      assertEquals(507, write.status(), write.body());
      assertTrue(write.message().contains("partial upload was removed"), write.message());
      assertEquals(404, api().send(api().request(pendingPath).header("Tus-Resumable", "1.0.0")
          .method("HEAD", HttpRequest.BodyPublishers.noBody())).status());

      Api.Reply multipart = api().upload("full.gif", gif);
      assertEquals(507, multipart.status(), multipart.body());
      assertTrue(multipart.message().contains("storage is full"), multipart.message());

      assertEquals(items, api().get("/api/media").data().getJsonArray("media").size());
      assertTrue(tmpBefore.containsAll(names(data().resolve("tmp"))), "no temp file left");
      Set<String> uploadsAfter = names(data().resolve("uploads"));
      assertTrue(uploadsBefore.containsAll(uploadsAfter), "no new partial upload");
      assertFalse(uploadsAfter.contains(pendingId + ".part"), "the cut one was removed");
    } finally {
      Files.deleteIfExists(dropin());
    }
    awaitCreation(201);
  }

  static Set<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}
