package loop.media.control.decode;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;

/**
 * The {@code metadata.json} of a frames ZIP: {@code {"width":320, "height":240, "frame_count":10,
 * "fps":25, "format":"rgb565be"}}; other fields (LOOP's slug, type, original_filename) are ignored.
 *
 * @param fps frames per second, 0 when absent: LOOP writes 0 for pictures and played everything at
 *     its 25 fps display rate, so 0 plays at {@value #LOOP_FPS}
 */
record FrameZipMetadata(int width, int height, int frameCount, double fps) {

  static final double LOOP_FPS = 25;
  static final double MAX_FPS = 1000;

  /** LOOP writes "rgb565", which is big-endian too; no format at all is taken as LOOP's. */
  private static final Set<String> FORMATS = Set.of("rgb565be", "rgb565");

  /** Parses and checks the fields' types and ranges; refuses anything else with a sentence. */
  static FrameZipMetadata parse(byte[] json) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
      o = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new MediaRefused("This ZIP's metadata.json is not a valid JSON object.", e);
    }
    checkFormat(o.get("format"));
    double fps = o.containsKey("fps") ? number(o, "fps") : 0;
    if (!(fps >= 0 && fps <= MAX_FPS)) {
      throw new MediaRefused(
          "This ZIP's metadata.json gives fps "
              + fps
              + "; it must be between "
              + "0 and "
              + (int) MAX_FPS
              + ".");
    }
    return new FrameZipMetadata(
        whole(o, "width"), whole(o, "height"), whole(o, "frame_count"), fps);
  }

  private static void checkFormat(JsonValue format) {
    if (format == null) {
      return;
    }
    String name = format instanceof JsonString s ? s.getString() : format.toString();
    if (!FORMATS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new MediaRefused(
          "This ZIP's frames are \""
              + FrameZipLayout.shown(name)
              + "\"; Loop "
              + "takes big-endian RGB565 (rgb565be) frames only.");
    }
  }

  private static double number(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonNumber n)) {
      throw new MediaRefused("This ZIP's metadata.json needs a number for \"" + key + "\".");
    }
    return n.doubleValue();
  }

  private static int whole(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonNumber n) || !n.isIntegral()) {
      throw new MediaRefused("This ZIP's metadata.json needs a whole number for \"" + key + "\".");
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new MediaRefused("This ZIP's metadata.json gives \"" + key + "\" out of range.", e);
    }
  }

  /** The frames' geometry, which must be the panel's, landscape or portrait. */
  Geometry geometry(ConversionSpec spec) {
    int l = spec.longSide();
    int s = spec.shortSide();
    if (!(width == l && height == s) && !(width == s && height == l)) {
      throw new MediaRefused(
          "This ZIP's frames are "
              + width
              + "×"
              + height
              + "; a frames ZIP "
              + "must hold "
              + l
              + "×"
              + s
              + " or "
              + s
              + "×"
              + l
              + " frames, passed through as is.");
    }
    return new Geometry(width, height);
  }

  /** Checks the declared count against what the ZIP holds, and the play time against the cap. */
  void check(int framesInZip, ConversionSpec spec) {
    if (frameCount != framesInZip) {
      throw new MediaRefused(
          "This ZIP's metadata.json says "
              + frameCount
              + " frames, but the ZIP "
              + "holds "
              + framesInZip
              + ".");
    }
    long millis = Math.round(frameCount * 1000.0 / playFps());
    if (millis >= spec.maxSeconds() * 1000L + 500) {
      throw new MediaRefused(
          "These frames play for "
              + Math.round(millis / 1000.0)
              + " s; the "
              + "limit is "
              + spec.maxSeconds()
              + " s.");
    }
  }

  /** The rate frames play at: {@link #fps}, or LOOP's 25 when it is 0. */
  double playFps() {
    return fps > 0 ? fps : LOOP_FPS;
  }
}
