package loop.system.entity;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One release as a release manifest announces it: {@code {"version": "1.2.0", "url":
 * "https://.../loop-server.zip", "sha256": "<64 hex>", "size": <bytes>}}. The URL may be relative
 * to the manifest's own address.
 *
 * @param version the release's version, usable as a directory name
 * @param url where the server archive (scripts/package's loop-server.zip) is
 * @param sha256 the archive's SHA-256, lower-case hex
 * @param size the archive's length in bytes
 */
public record ReleaseManifest(String version, URI url, String sha256, long size) {

  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Reads and checks a manifest.
   *
   * @param json the manifest's text
   * @param base the manifest's address, against which a relative {@code url} resolves
   * @throws IllegalArgumentException with a sentence naming what is wrong
   */
  public static ReleaseManifest parse(String json, URI base) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("the release manifest is not a JSON object");
      }
      o = value.asJsonObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("the release manifest is not JSON");
    }
    String version = text(o, "version");
    if (!VERSION.matcher(version).matches() || version.equals("current")) {
      throw new IllegalArgumentException("the release manifest has a bad version: " + version);
    }
    String link = text(o, "url");
    URI url;
    try {
      url = base.resolve(link);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the release manifest has a bad url");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("the release archive must be on http(s): " + url);
    }
    String sha256 = text(o, "sha256").toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("the release manifest's sha256 is not 64 hex digits");
    }
    JsonValue size = o.get("size");
    if (!(size instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
      throw new IllegalArgumentException("the release manifest's size is not a positive integer");
    }
    return new ReleaseManifest(version, url, sha256, ((JsonNumber) size).longValue());
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException("the release manifest lacks " + key);
    }
    return s.getString().strip();
  }
}
