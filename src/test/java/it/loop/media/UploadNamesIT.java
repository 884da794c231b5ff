package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hostile file names from multipart parts and tus metadata: path parts, absolute paths, NUL and
 * other controls, bidi overrides, very long names. None reaches the file system (stored files
 * are named by slug); each comes back sanitised as the item's {@code filename}.
 */
class UploadNamesIT extends LoopIT {

  static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}_[0-9a-f]{12}";
  static final String LONG = "x".repeat(600) + ".gif";

  /** Sent name, then the name the item must show. */
  static final List<String[]> NAMES = List.of(
      new String[] {"../../etc/passwd", "passwd"},
      new String[] {"/etc/shadow.gif", "shadow.gif"},
      new String[] {"..\\..\\windows\\win.ini.gif", "win.ini.gif"},
      new String[] {"nul\u0000byte.gif", "nulbyte.gif"},
      new String[] {"tab\tand\u0007bell.gif", "tabandbell.gif"},
      new String[] {"invoice\u202Efig.exe", "invoicefig.exe"},
      new String[] {"..", "upload"});

  @Test
  void multipartNamesAreSanitisedAndNeverReachTheFileSystem() throws IOException {
    for (String[] name : NAMES) {
      assertSanitised(multipart(name[0]), name[1]);
    }
    String longName = api().get("/api/media/" + multipart(LONG)).data().getString("filename");
    assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= 255, longName);
    assertTrue(longName.startsWith("xxxx"));
    assertNothingOutsideTheDataDir();
  }

  @Test
  void tusMetadataNamesAreSanitisedBeforeTheyAreKept() throws IOException {
    for (String[] name : NAMES) {
      assertSanitised(tus(name[0], name[1]), name[1]);
    }
    assertNothingOutsideTheDataDir();
  }

  String multipart(String name) {
    Api.Reply r = api().upload(name, Deployments.unique("gif_single_frame.gif"));
    assertEquals(200, r.status(), name + ": " + r.body());
    return r.data().getString("slug");
  }

  /** A whole tus upload; checks the pending upload already shows the safe name. */
  String tus(String name, String expected) {
    byte[] gif = Deployments.unique("gif_single_frame.gif");
    String meta = "filename " + Base64.getEncoder().encodeToString(
        name.getBytes(StandardCharsets.UTF_8));
    Api.Reply created = api().send(api().request("/api/uploads").header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", Integer.toString(gif.length)).header("Upload-Metadata", meta)
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(201, created.status(), created.body());
    String location = created.raw().headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/api/uploads/"));
    assertEquals(expected, api().get(path).data().getString("filename"));
    Api.Reply done = api().send(api().request(path).header("Tus-Resumable", "1.0.0")
        .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(gif)));
    assertEquals(204, done.status(), done.body());
    return done.raw().headers().firstValue("Loop-Media-Slug").orElseThrow();
  }

  void assertSanitised(String slug, String expected) {
    assertTrue(slug.matches(SLUG), slug);
    Api.Reply item = api().get("/api/media/" + slug);
    assertEquals(expected, item.data().getString("filename"));
  }

  void assertNothingOutsideTheDataDir() throws IOException {
    Path data = Path.of(System.getProperty("loop.it.data.dir")).toAbsolutePath().normalize();
    assertFalse(Files.exists(data.resolve("../../etc/passwd").normalize()));
    assertFalse(Files.exists(data.getParent().resolve("passwd")));
    // stored files are named by slug (an ASCII stem of the name and a hash), ids and fixed names
    for (String f : fileNames(data)) {
      assertTrue(f.matches("[a-z0-9][a-z0-9._-]{0,99}"), "a client name reached the disk: " + f);
    }
  }

  /**
   * Names of the regular files under {@code dir}. The server keeps converting while this runs, so
   * a temp file may be renamed away between listing and visiting: such a file is skipped (its
   * final name is listed if it exists by then), not a reason to fail.
   */
  private static List<String> fileNames(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          names.add(file.getFileName().toString());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    return names;
  }
}
