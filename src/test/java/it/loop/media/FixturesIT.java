package it.loop.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import it.loop.LoopIT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Every file of {@code ../shared/fixtures/media/expected.json} goes through the HTTP API as a
 * phone would send it; accept/reject, frame count, every duration, orientation and the pixel
 * facts its entry states are checked on the frames the server made.
 */
class FixturesIT extends LoopIT {

  /** The frames of one converted item, fetched raw (big-endian RGB565). */
  record Frames(String slug, int width, int height, int count, List<Integer> durations) {}

  final Map<String, Frames> converted = new HashMap<>();

  @Test
  void everyFixtureIsAcceptedOrRefusedAsExpected() throws Exception {
    JsonArray files;
    try (var r = Json.createReader(new StringReader(
        Files.readString(Deployments.fixtures().resolve("expected.json"))))) {
      files = r.readObject().getJsonArray("files");
    }
    for (JsonValue v : files) {
      JsonObject entry = v.asJsonObject();
      String file = entry.getString("file");
      if (entry.getBoolean("accept")) {
        accepted(file, entry);
      } else {
        refused(file);
      }
    }
    assertEquals(26, files.size());
    pixelFacts();
  }

  void accepted(String file, JsonObject entry) throws Exception {
    JsonObject item = convert(file);
    assertEquals("completed", item.getString("processing_status"), file + ": " + item);
    int frames = item.getInt("frame_count");
    assertEquals(entry.getInt("frames"), frames, file);
    List<Integer> durations = item.getJsonArray("durations_ms").getValuesAs(
        jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList();
    assertEquals(frames, durations.size(), file);
    JsonValue expected = entry.get("delays_ms");
    if (expected != null && expected.getValueType() == JsonValue.ValueType.ARRAY) {
      List<Integer> want = expected.asJsonArray().getValuesAs(jakarta.json.JsonNumber.class)
          .stream().map(jakarta.json.JsonNumber::intValue).toList();
      assertEquals(want, durations, file);
    } else if (expected != null && expected.getValueType() == JsonValue.ValueType.STRING) {
      int per = Integer.parseInt(expected.toString().replaceAll(".*1000/(\\d+).*", "$1"));
      assertEquals(1000, durations.stream().mapToInt(Integer::intValue).sum(), file);
      durations.forEach(d -> assertTrue(Math.abs(d - 1000.0 / per) < 1, file + " " + d));
    }
    boolean portrait = "portrait".equals(entry.getString("orientation"));
    assertEquals(portrait ? 240 : 320, item.getInt("width"), file);
    assertEquals(portrait ? 320 : 240, item.getInt("height"), file);
    if (entry.containsKey("loop") && entry.getString("loop", "").equals("forever")) {
      assertEquals(0, item.getInt("loop_count"), file);
    }
    converted.put(file, new Frames(item.getString("slug"), item.getInt("width"),
        item.getInt("height"), frames, durations));
  }

  void refused(String file) throws Exception {
    Api.Reply up = api().upload(file, Files.readAllBytes(Deployments.fixtures().resolve(file)));
    if (up.status() >= 400) {
      assertFalse(up.object().getBoolean("success"));
      assertFalse(up.message().isBlank(), file);
      return;
    }
    JsonObject item = waitFor(up.data().getString("slug"));
    assertEquals("error", item.getString("processing_status"), file + ": " + item);
    String error = item.getString("error");
    assertTrue(error.length() > 10 && !error.contains("Exception"), file + ": " + error);
    assertFalse(Api.strings(api().get("/api/loop").data().get("loop"))
        .contains(item.getString("slug")), file + " must not enter the loop");
    assertEquals(404, api().get("/api/media/" + item.getString("slug") + "/frames/0").status());
  }

  JsonObject convert(String file) throws Exception {
    Api.Reply up = api().upload(file, Files.readAllBytes(Deployments.fixtures().resolve(file)));
    assertEquals(200, up.status(), file + ": " + up.body());
    return waitFor(up.data().getString("slug"));
  }

  JsonObject waitFor(String slug) {
    return api().waitConverted(slug);
  }

  byte[] frame(String file, int n) {
    Frames f = converted.get(file);
    HttpResponse<byte[]> r = api().bytes("/api/media/" + f.slug() + "/frames/" + n);
    assertEquals(200, r.statusCode());
    assertEquals(f.width() * f.height() * 2, r.body().length);
    return r.body();
  }

  int px(String file, byte[] frame, int x, int y) {
    int i = (y * converted.get(file).width() + x) * 2;
    return ((frame[i] & 0xFF) << 8) | (frame[i + 1] & 0xFF);
  }

  void pixelFacts() throws Exception {
    String alpha = "png_rgba_alpha.png";
    byte[] a = frame(alpha, 0);
    assertEquals(0xF800, px(alpha, a, 50, 120));
    assertEquals(0x0400, px(alpha, a, 160, 120));
    assertEquals(0x0000, px(alpha, a, 300, 120));

    String palette = "png_palette.png";
    byte[] p = frame(palette, 0);
    int[] bars = {0xFFFF, 0xFFE0, 0x07FF, 0x07E0, 0xF81F, 0xF800, 0x001F, 0x0000};
    for (int i = 0; i < 8; i++) {
      assertEquals(bars[i], px(palette, p, i * 40 + 20, 100), "bar " + i);
    }

    String tiny = "png_tiny_8x8.png";
    byte[] t = frame(tiny, 0);
    assertEquals(0x0000, px(tiny, t, 20, 120));
    assertEquals(0xF800, px(tiny, t, 100, 60));
    assertEquals(0x07E0, px(tiny, t, 220, 60));
    assertEquals(0x001F, px(tiny, t, 100, 180));
    assertEquals(0xFFFF, px(tiny, t, 220, 180));

    String wide = "png_wide_1000x100.png";
    byte[] w = frame(wide, 0);
    assertEquals(0x0000, px(wide, w, 160, 100));
    assertNotEquals(0x0000, px(wide, w, 160, 120));
    assertEquals(0x0000, px(wide, w, 160, 140));
    assertEquals(0xF800, px(wide, w, 5, 120));
    assertEquals(0x001F, px(wide, w, 314, 120));

    String rgb16 = "png_rgb16.png";
    byte[] r16 = frame(rgb16, 0);
    assertEquals(0xF800, px(rgb16, r16, 160, 0));
    assertEquals(0x001F, px(rgb16, r16, 160, 239));

    String exif = "jpeg_exif_orientation_6.jpg";
    byte[] e = frame(exif, 0);
    int top = px(exif, e, 120, 20);
    int bottom = px(exif, e, 120, 300);
    assertTrue((top >> 11) > 24 && (top & 0x1F) < 8, "red bar on top: " + Integer.toHexString(top));
    assertTrue((bottom & 0x1F) > 24 && (bottom >> 11) < 8, "blue bar at the bottom");

    String ball = "gif_transparent_dispose2.gif";
    for (int k = 1; k < 8; k++) {
      byte[] f = frame(ball, k);
      int cx = (4 + 18 * k + 12) * 2;
      int cy = (8 + 12 * k + 12) * 2;
      assertNotEquals(0x0000, px(ball, f, cx, cy), "ball " + k);
      int px = (4 + 18 * (k - 1) + 12) * 2;
      int py = (8 + 12 * (k - 1) + 12) * 2;
      assertEquals(0x0000, px(ball, f, px, py), "no trail of ball " + (k - 1));
    }

    for (int k = 0; k < 12; k++) {
      assertArrayEquals(frame("gif_O3_source_unoptimized.gif", k),
          frame("gif_O3_optimized.gif", k), "O3 frame " + k);
    }

    String webp = "webp_animated_12f_80ms.webp";
    byte[] first = frame(webp, 0);
    byte[] second = frame(webp, 1);
    assertEquals(px(webp, first, 160, 20), px(webp, second, 160, 20),
        "frame 2 keeps the canvas above its strip");
    assertNotEquals(0x0000, px(webp, second, 160, 20));

    String zip = "zip_frames_rgb565be_320x240_10f.zip";
    try (ZipFile z = new ZipFile(Deployments.fixtures().resolve(zip).toFile())) {
      for (int k = 0; k < 10; k++) {
        byte[] want = z.getInputStream(z.getEntry(String.format("frame_%06d.rgb", k + 1)))
            .readAllBytes();
        assertArrayEquals(want, frame(zip, k), "zip frame " + k);
      }
    }
  }

  @Test
  void aConvertedItemHasAThumbnailAPngFrameAndJoinsTheLoop() throws Exception {
    JsonObject item = convert("gif_varying_delays.gif");
    String slug = item.getString("slug");
    HttpResponse<byte[]> thumb = api().bytes("/api/media/" + slug + "/thumbnail");
    assertEquals(200, thumb.statusCode());
    assertEquals("image/png", thumb.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<byte[]> png = api().bytes("/api/media/" + slug + "/frames/5?format=png");
    assertEquals(200, png.statusCode());
    assertEquals((byte) 0x89, png.body()[0]);
    assertEquals(404, api().get("/api/media/" + slug + "/frames/6").status());
    assertTrue(Api.strings(api().get("/api/loop").data().get("loop")).contains(slug));
    assertTrue(Files.exists(Path.of(System.getProperty("loop.it.data.dir"), "media", "packs")));
  }
}
