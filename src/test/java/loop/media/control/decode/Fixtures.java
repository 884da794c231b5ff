package loop.media.control.decode;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The shared media fixtures and their records in {@code expected.json}. */
final class Fixtures {

  private Fixtures() {}

  /** The fixture directory: {@code loop.shared.dir} if it exists, else /work/shared. */
  static Path dir() {
    Path configured = Path.of(System.getProperty("loop.shared.dir", "../shared"));
    Path shared = Files.isDirectory(configured) ? configured : Path.of("/work/shared");
    return shared.resolve("fixtures/media");
  }

  static Path file(String name) {
    return dir().resolve(name);
  }

  /** The accepted fixtures whose file name starts with {@code prefix}. */
  static List<JsonObject> accepted(String prefix) {
    Predicate<JsonObject> wanted =
        o -> o.getString("file").startsWith(prefix) && o.getBoolean("accept");
    return records().stream().filter(wanted).collect(Collectors.toList());
  }

  private static List<JsonObject> records() {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file("expected.json")))) {
      return reader.readObject().getJsonArray("files").getValuesAs(JsonObject.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
