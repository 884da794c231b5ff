package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FfprobeTest {

  static final String MP4 =
      """
      {"streams": [{"codec_name": "h264", "width": 640, "height": 480,
        "sample_aspect_ratio": "1:1", "r_frame_rate": "25/1", "avg_frame_rate": "25/1",
        "duration": "2.000000", "nb_frames": "50", "tags": {}}],
       "format": {"duration": "2.023000"}}
      """;

  static String stream(String fields) {
    return "{\"streams\": [{\"codec_name\": \"h264\", \"width\": 640, \"height\": 480"
        + fields
        + "}], \"format\": {}}";
  }

  @Test
  void readsSizeRateDurationAndFrames() {
    VideoFacts facts = Ffprobe.parse(MP4);

    assertEquals(new VideoFacts("h264", 640, 480, 0, 1.0, 25.0, 2.0, 2.023, 50), facts);
    assertEquals(640, facts.displayWidth());
    assertEquals(480, facts.displayHeight());
  }

  @ParameterizedTest
  @CsvSource({"-90, 270", "90, 90", "180, 180", "-180, 180", "270, 270"})
  void theDisplayMatrixRotationIsNormalised(int rotation, int expected) {
    String json = stream(", \"side_data_list\": [{\"rotation\": " + rotation + "}]");

    VideoFacts facts = Ffprobe.parse(json);

    assertEquals(expected, facts.rotation());
  }

  @Test
  void aQuarterTurnSwapsTheDisplayedSize() {
    VideoFacts facts = Ffprobe.parse(stream(", \"side_data_list\": [{\"rotation\": -90}]"));

    assertEquals(480, facts.displayWidth());
    assertEquals(640, facts.displayHeight());
  }

  @Test
  void theLegacyRotateTagCountsWhenThereIsNoMatrix() {
    VideoFacts facts = Ffprobe.parse(stream(", \"tags\": {\"rotate\": \"90\"}"));

    assertEquals(90, facts.rotation());
  }

  @Test
  void thePixelAspectRatioWidensTheDisplayedPicture() {
    VideoFacts facts = Ffprobe.parse(stream(", \"sample_aspect_ratio\": \"2:1\""));

    assertEquals(1280, facts.displayWidth());
    assertEquals(480, facts.displayHeight());
  }

  @Test
  void matroskaDurationTagAndNoFrameCount() {
    String json =
        stream(
            ", \"avg_frame_rate\": \"30000/1001\", \"tags\": {\"DURATION\": "
                + "\"00:01:02.500000000\"}");

    VideoFacts facts = Ffprobe.parse(json);

    assertEquals(62.5, facts.streamSeconds(), 1e-9);
    assertEquals(-1, facts.frames());
    assertEquals(1873, facts.estimatedFrames()); // 62.5 s × 29.97 fps
  }

  @Test
  void unknownRatesAndDurationsAreNaN() {
    String json =
        stream(
            ", \"avg_frame_rate\": \"0/0\", \"r_frame_rate\": \"0/0\", "
                + "\"duration\": \"N/A\", \"sample_aspect_ratio\": \"0:1\"");

    VideoFacts facts = Ffprobe.parse(json);

    assertTrue(Double.isNaN(facts.frameRate()));
    assertTrue(Double.isNaN(facts.seconds()));
    assertEquals(1.0, facts.sampleAspect());
    assertEquals(-1, facts.estimatedFrames());
  }

  @Test
  void aFileWithoutAPictureStreamIsRefused() {
    MediaRefused refused =
        assertThrows(MediaRefused.class, () -> Ffprobe.parse("{\"streams\": [], \"format\": {}}"));

    assertTrue(refused.getMessage().contains("no video picture"), refused.getMessage());
  }

  @Test
  void aStreamWithoutASizeIsRefused() {
    String json = "{\"streams\": [{\"codec_name\": \"h264\"}]}";

    MediaRefused refused = assertThrows(MediaRefused.class, () -> Ffprobe.parse(json));

    assertTrue(refused.getMessage().contains("size"), refused.getMessage());
  }

  @Test
  void brokenJsonIsRefused() {
    assertThrows(MediaRefused.class, () -> Ffprobe.parse("{\"streams\": [{\"wid"));
  }
}
