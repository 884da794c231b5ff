package loop.media.control.decode;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import loop.media.entity.MediaRefused;
import loop.system.control.CommandRunner;

/**
 * Reads a video's header with ffprobe (JSON output): size, rotation (display matrix, else the
 * legacy {@code rotate} tag), pixel aspect, frame rate, duration and frame count of the first
 * picture stream that is not cover art. Nothing is decoded. Only the MP4/MOV, Matroska/WebM and AVI
 * demuxers and local files are allowed, so a playlist or a reference inside an upload cannot make
 * ffprobe open other files or the network.
 */
final class Ffprobe {

  /** The demuxers Loop lets ffmpeg use: MP4/MOV/3GP, Matroska/WebM, AVI. */
  static final String FORMATS = "mov,matroska,avi";

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  static final String UNREADABLE = "This file is not a video Loop can read, or it is damaged.";

  private static final Logger LOG = Logger.getLogger(Ffprobe.class.getName());

  private final CommandRunner runner;
  private final String program;

  Ffprobe(CommandRunner runner, String program) {
    this.runner = runner;
    this.program = program;
  }

  /** The facts about {@code file}'s picture stream; refuses files ffprobe cannot read. */
  VideoFacts probe(Path file) throws IOException {
    CommandRunner.Result result = runner.run(command(file), TIMEOUT);
    if (result.timedOut()) {
      throw new MediaRefused(
          "Reading this video took longer than "
              + TIMEOUT.toSeconds()
              + " s; it is probably damaged.");
    }
    if (!result.ok() || result.truncated()) {
      LOG.info(
          () ->
              "ffprobe refused "
                  + file
                  + " (exit "
                  + result.exitCode()
                  + "): "
                  + result.stderr().strip());
      throw new MediaRefused(UNREADABLE);
    }
    return parse(result.stdout());
  }

  List<String> command(Path file) {
    return List.of(
        program,
        "-v",
        "error",
        "-hide_banner",
        "-protocol_whitelist",
        "file",
        "-format_whitelist",
        FORMATS,
        "-select_streams",
        "V:0",
        "-print_format",
        "json",
        "-show_entries",
        "stream=codec_name,width,height,sample_aspect_ratio,avg_frame_rate,"
            + "r_frame_rate,duration,nb_frames:stream_tags=rotate,DURATION"
            + ":stream_side_data=rotation:format=duration",
        file.toAbsolutePath().toString());
  }

  /** Parses ffprobe's JSON; refuses a file without a picture stream or a usable size. */
  static VideoFacts parse(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new MediaRefused(UNREADABLE, e);
    }
    JsonArray streams = root.getJsonArray("streams");
    if (streams == null || streams.isEmpty()) {
      throw new MediaRefused("This file has no video picture, only sound or data.");
    }
    return facts(streams.getJsonObject(0), root.getJsonObject("format"));
  }

  private static VideoFacts facts(JsonObject stream, JsonObject format) {
    int width = stream.getInt("width", 0);
    int height = stream.getInt("height", 0);
    if (width <= 0 || height <= 0) {
      throw new MediaRefused("This video's picture size cannot be read; it is probably damaged.");
    }
    double rate = ratio(stream.getString("avg_frame_rate", ""));
    JsonObject tags = stream.getJsonObject("tags");
    return new VideoFacts(
        stream.getString("codec_name", "unknown"),
        width,
        height,
        rotation(stream),
        aspect(stream.getString("sample_aspect_ratio", "")),
        rate > 0 ? rate : ratio(stream.getString("r_frame_rate", "")),
        streamSeconds(stream, tags),
        format == null ? Double.NaN : seconds(format.getString("duration", "")),
        (long) number(stream.getString("nb_frames", ""), -1));
  }

  /** The display matrix's rotation if present, else the {@code rotate} tag, as 0..359. */
  static int rotation(JsonObject stream) {
    double degrees = 0;
    JsonArray sideData = stream.getJsonArray("side_data_list");
    JsonObject tags = stream.getJsonObject("tags");
    if (sideData != null) {
      degrees =
          sideData.stream()
              .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
              .map(JsonValue::asJsonObject)
              .filter(o -> o.get("rotation") instanceof JsonNumber)
              .mapToDouble(o -> o.getJsonNumber("rotation").doubleValue())
              .findFirst()
              .orElse(0);
    }
    if (degrees == 0 && tags != null) {
      degrees = number(tags.getString("rotate", ""), 0);
    }
    return (int) Math.floorMod(Math.round(degrees), 360L);
  }

  private static double streamSeconds(JsonObject stream, JsonObject tags) {
    double seconds = seconds(stream.getString("duration", ""));
    if (Double.isNaN(seconds) && tags != null) {
      seconds = clock(tags.getString("DURATION", ""));
    }
    return seconds;
  }

  /** {@code "25/1"} → 25; NaN for {@code "0/0"}, {@code "N/A"} or anything else. */
  static double ratio(String text) {
    String[] parts = text.split("[/:]");
    if (parts.length != 2) {
      return Double.NaN;
    }
    double num = number(parts[0], Double.NaN);
    double den = number(parts[1], Double.NaN);
    return num > 0 && den > 0 ? num / den : Double.NaN;
  }

  private static double aspect(String text) {
    double sar = ratio(text);
    return sar > 0 && sar < 100 ? sar : 1; // "0:1" means unknown: square pixels
  }

  private static double seconds(String text) {
    double seconds = number(text, Double.NaN);
    return seconds > 0 ? seconds : Double.NaN;
  }

  /** Matroska's {@code DURATION} tag, {@code "HH:MM:SS.fraction"}, in seconds; NaN if not one. */
  static double clock(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3) {
      return Double.NaN;
    }
    double seconds =
        number(parts[0], Double.NaN) * 3600
            + number(parts[1], Double.NaN) * 60
            + number(parts[2], Double.NaN);
    return seconds > 0 ? seconds : Double.NaN;
  }

  private static double number(String text, double otherwise) {
    try {
      double value = Double.parseDouble(text.strip());
      return Double.isFinite(value) ? value : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
