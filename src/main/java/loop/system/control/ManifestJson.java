package loop.system.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import loop.system.entity.BackupManifest;

/**
 * {@code manifest.json} in and out, snake_case like every other JSON Loop writes:
 * {@code {format, format_version, app_version, created, originals, entries: [{name, size,
 * sha256}]}}.
 */
public final class ManifestJson {

  private ManifestJson() {}

  /** Writes the manifest to {@code out} (left open). */
  public static void write(BackupManifest m, OutputStream out) {
    JsonGenerator g = Json.createGenerator(new java.io.FilterOutputStream(out) {
      @Override
      public void close() throws java.io.IOException {
        flush(); // the archive stays open for its central directory
      }
    });
    g.writeStartObject()
        .write("format", m.format())
        .write("format_version", m.formatVersion())
        .write("app_version", m.appVersion())
        .write("created", m.created())
        .write("originals", m.originals())
        .writeStartArray("entries");
    for (BackupManifest.Entry e : m.entries()) {
      g.writeStartObject().write("name", e.name()).write("size", e.size())
          .write("sha256", e.sha256()).writeEnd();
    }
    g.writeEnd().writeEnd();
    g.close();
  }

  /**
   * Reads a manifest; throws {@link IllegalArgumentException} with a sentence when it is not
   * JSON or misses a field.
   */
  public static BackupManifest read(InputStream in) {
    JsonObject o;
    try (JsonReader r = Json.createReader(in)) {
      o = r.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("its manifest.json is not a JSON object", e);
    }
    try {
      List<BackupManifest.Entry> entries = new ArrayList<>();
      JsonArray list = o.getJsonArray("entries");
      for (JsonValue v : list) {
        JsonObject e = v.asJsonObject();
        entries.add(new BackupManifest.Entry(e.getString("name"),
            e.getJsonNumber("size").longValueExact(), e.getString("sha256")));
      }
      return new BackupManifest(o.getString("format"), o.getInt("format_version"),
          o.getString("app_version", "unknown"), o.getString("created", "unknown"),
          o.getBoolean("originals", true), List.copyOf(entries));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("its manifest.json misses a field or has one of the "
          + "wrong type");
    }
  }
}
