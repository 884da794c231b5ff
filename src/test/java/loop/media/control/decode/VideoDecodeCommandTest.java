package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;

class VideoDecodeCommandTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  static VideoFacts facts(int width, int height, int rotation, double sar) {
    return new VideoFacts("h264", width, height, rotation, sar, 25, 2, 2, 50);
  }

  @Test
  void anExactFitOnlyScales() {
    String filters = VideoDecodeCommand.filters(facts(640, 480, 0, 1), LANDSCAPE, FitMode.FIT);

    assertEquals("scale=320:240", filters);
  }

  @Test
  void aWidePictureIsPaddedInRgbWithCentredBars() {
    String filters = VideoDecodeCommand.filters(facts(640, 360, 0, 1), LANDSCAPE, FitMode.FIT);

    assertEquals("scale=320:180,format=rgb24,pad=320:240:0:30:black", filters);
  }

  @Test
  void cropScalesToCoverAndCutsTheMiddle() {
    String filters = VideoDecodeCommand.filters(facts(640, 360, 0, 1), LANDSCAPE, FitMode.CROP);

    assertEquals("scale=427:240,crop=320:240:53:0", filters);
  }

  @Test
  void thePixelAspectRatioIsHonoured() {
    // 320×240 stored, pixels twice as wide: displayed 640×240
    String filters = VideoDecodeCommand.filters(facts(320, 240, 0, 2), LANDSCAPE, FitMode.FIT);

    assertEquals("scale=320:120,format=rgb24,pad=320:240:0:60:black", filters);
  }

  @Test
  void aQuarterTurnScalesTheRotatedPicture() {
    String filters = VideoDecodeCommand.filters(facts(640, 480, 90, 1), PORTRAIT, FitMode.FIT);

    assertEquals("scale=240:320", filters);
  }

  @Test
  void theCommandIsOneStreamOfRawFramesWithTimestampsAndNoShell() {
    List<String> command =
        VideoDecodeCommand.of(
            "ffmpeg",
            Path.of("/data/in put.mp4"),
            facts(640, 480, 0, 1),
            LANDSCAPE,
            FitMode.FIT,
            ",timing",
            4);

    assertEquals("ffmpeg", command.get(0));
    assertTrue(command.contains("/data/in put.mp4"));
    assertEquals(1, Collections.frequency(command, "-i"));
    assertEquals("0:V:0", command.get(command.indexOf("-map") + 1));
    assertEquals("scale=320:240,timing", command.get(command.indexOf("-vf") + 1));
    assertEquals("passthrough", command.get(command.indexOf("-fps_mode") + 1));
    assertEquals("rgb565be", command.get(command.indexOf("-pix_fmt") + 1));
    assertEquals("file", command.get(command.indexOf("-protocol_whitelist") + 1));
    assertEquals("4", command.get(command.indexOf("-threads") + 1));
    assertEquals("pipe:1", command.get(command.size() - 1));
  }
}
