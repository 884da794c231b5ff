package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import loop.system.control.CommandRunner;
import loop.system.control.RunningCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoDecoderTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);
  static final CommandRunner RUNNER = new CommandRunner();

  @TempDir Path temp;

  VideoDecoder cut = new VideoDecoder(RUNNER);

  record Decoded(Geometry geometry, List<Integer> durations, byte[] firstFrame) {
    int total() {
      return durations.stream().mapToInt(Integer::intValue).sum();
    }
  }

  static Path fixture(String name) {
    Path configured = Path.of(System.getProperty("loop.shared.dir", "/work/shared"));
    Path shared = Files.isDirectory(configured) ? configured : Path.of("/work/shared");
    return shared.resolve("fixtures/media").resolve(name);
  }

  static ConversionSpec spec(FitMode fit, int maxFrames, int maxSeconds) {
    return new ConversionSpec(320, 240, fit, 50_000_000L, maxFrames, maxSeconds);
  }

  Decoded decode(Path file, ConversionSpec spec) throws IOException {
    try (FrameSource source = cut.open(file, spec)) {
      byte[] frame = new byte[source.geometry().frameBytes()];
      byte[] first = null;
      List<Integer> durations = new ArrayList<>();
      for (int d; (d = source.next(frame)) > 0; ) {
        durations.add(d);
        first = first == null ? frame.clone() : first;
      }
      return new Decoded(source.geometry(), durations, first);
    }
  }

  Decoded decode(Path file) throws IOException {
    return decode(file, ConversionSpec.defaults());
  }

  /** Makes {@code name} in the temp dir with ffmpeg (argument list, no shell). */
  Path ffmpeg(String name, String... args) throws IOException {
    Path out = temp.resolve(name);
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-y", "-v", "error"));
    command.addAll(List.of(args));
    command.add(out.toString());
    CommandRunner.Result result = RUNNER.run(command, Duration.ofSeconds(60));
    assertTrue(result.ok(), result.stderr());
    return out;
  }

  static int pixel(byte[] frame, Geometry g, int x, int y) {
    int o = (y * g.width() + x) * 2;
    return ((frame[o] & 0xFF) << 8) | (frame[o + 1] & 0xFF);
  }

  static boolean rowIsBlack(byte[] frame, Geometry g, int y) {
    for (int x = 0; x < g.width(); x++) {
      if (pixel(frame, g, x, y) != 0) {
        return false;
      }
    }
    return true;
  }

  static boolean ffmpegRunning() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .anyMatch(p -> p.info().command().orElse("").endsWith("ffmpeg"));
  }

  @Test
  void h264WithAudioIsFiftyFramesOfFortyMsLandscape() throws IOException {
    Decoded decoded = decode(fixture("video_h264_640x480_25fps_2s.mp4"));

    assertEquals(LANDSCAPE, decoded.geometry());
    assertEquals(50, decoded.durations().size());
    assertTrue(decoded.durations().stream().allMatch(d -> d == 40), decoded.durations()::toString);
    assertFalse(rowIsBlack(decoded.firstFrame(), LANDSCAPE, 120), "testsrc is colourful");
  }

  @Test
  void portraitMovIsThirtyFramesSpreadOverOneSecond() throws IOException {
    Decoded decoded = decode(fixture("video_portrait_480x640_30fps_1s.mov"));

    assertEquals(PORTRAIT, decoded.geometry());
    assertEquals(30, decoded.durations().size());
    assertTrue(decoded.durations().stream().allMatch(d -> d == 33 || d == 34));
    assertEquals(1000, decoded.total());
    assertFalse(rowIsBlack(decoded.firstFrame(), PORTRAIT, 0));
  }

  @Test
  void mjpegAviIsFifteenFramesOverOneSecond() throws IOException {
    Decoded decoded = decode(fixture("video_mjpeg_320x240_15fps_1s.avi"));

    assertEquals(LANDSCAPE, decoded.geometry());
    assertEquals(15, decoded.durations().size());
    assertTrue(decoded.durations().stream().allMatch(d -> d == 66 || d == 67));
    assertEquals(1000, decoded.total());
  }

  @Test
  void theDisplayMatrixTurnsALandscapeRecordingPortrait() throws IOException {
    // given: left half red, right half blue, flagged as turned 90° counter-clockwise
    Path plain =
        ffmpeg(
            "rb.mp4",
            "-f",
            "lavfi",
            "-i",
            "color=red:s=640x480:r=25:d=1,drawbox=x=320:y=0:w=320:h=480:color=blue:t=fill",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p");
    Path turned =
        ffmpeg("rb90.mp4", "-i", plain.toString(), "-c", "copy", "-metadata:s:v", "rotate=90");

    // when
    Decoded decoded = decode(turned);

    // then: the left (red) half is at the bottom once displayed
    assertEquals(PORTRAIT, decoded.geometry());
    assertEquals(25, decoded.durations().size());
    assertEquals(0x001F, pixel(decoded.firstFrame(), PORTRAIT, 120, 20));
    assertEquals(0xF800, pixel(decoded.firstFrame(), PORTRAIT, 120, 300));
  }

  @Test
  void variableFrameRateKeepsEachFramesOwnDuration() throws IOException {
    // given: 10 frames 100 ms apart, then 50 frames at 30 fps (2.667 s); timestamps in
    // 1/30 s ticks, so no float rounding in setpts
    Path vfr =
        ffmpeg(
            "vfr.mp4",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=30:duration=2",
            "-vf",
            "setpts='if(lt(N,10),N*3,N+20)'",
            "-fps_mode",
            "passthrough",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-video_track_timescale",
            "90000");

    // when
    Decoded decoded = decode(vfr);

    // then
    assertEquals(60, decoded.durations().size());
    assertEquals(
        List.of(100, 100, 100, 100, 100, 100, 100, 100, 100, 100),
        decoded.durations().subList(0, 10));
    assertTrue(
        decoded.durations().subList(10, 60).stream().allMatch(d -> d == 33 || d == 34),
        decoded.durations()::toString);
    assertEquals(2667, decoded.total());
  }

  @Test
  void aWidePictureGetsBlackBarsAboveAndBelow() throws IOException {
    Path wide =
        ffmpeg(
            "wide.mp4",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=640x360:rate=25:duration=0.2",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p");

    Decoded decoded = decode(wide);

    byte[] frame = decoded.firstFrame();
    assertEquals(LANDSCAPE, decoded.geometry());
    assertTrue(rowIsBlack(frame, LANDSCAPE, 0));
    assertTrue(rowIsBlack(frame, LANDSCAPE, 29));
    assertFalse(rowIsBlack(frame, LANDSCAPE, 30));
    assertFalse(rowIsBlack(frame, LANDSCAPE, 209));
    assertTrue(rowIsBlack(frame, LANDSCAPE, 210));
    assertTrue(rowIsBlack(frame, LANDSCAPE, 239));
  }

  @Test
  void cropFillsTheWholeFrame() throws IOException {
    Path wide =
        ffmpeg(
            "wide.mp4",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=640x360:rate=25:duration=0.2",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p");

    Decoded decoded = decode(wide, spec(FitMode.CROP, 3000, 120));

    assertFalse(rowIsBlack(decoded.firstFrame(), LANDSCAPE, 0));
    assertFalse(rowIsBlack(decoded.firstFrame(), LANDSCAPE, 239));
  }

  @Test
  void webmVp9AndMatroskaAreAccepted() throws IOException {
    Path webm =
        ffmpeg(
            "clip.webm",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=25:duration=1",
            "-c:v",
            "libvpx-vp9",
            "-deadline",
            "realtime");
    Path mkv =
        ffmpeg(
            "clip.mkv",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=320x240:rate=25:duration=1",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast");

    Decoded fromWebm = decode(webm);
    Decoded fromMkv = decode(mkv);

    assertEquals(25, fromWebm.durations().size());
    assertEquals(1000, fromWebm.total());
    assertEquals(25, fromMkv.durations().size());
    assertEquals(1000, fromMkv.total());
  }

  @Test
  void aVideoLongerThanTheCapIsRefusedNamingTheCap() throws IOException {
    Path threeSeconds =
        ffmpeg(
            "long.mp4",
            "-f",
            "lavfi",
            "-i",
            "testsrc=size=160x120:rate=25:duration=3",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast");

    MediaRefused refused =
        assertThrows(MediaRefused.class, () -> decode(threeSeconds, spec(FitMode.FIT, 3000, 2)));

    assertEquals("This video is 3 s long; the limit is 2 s.", refused.getMessage());
  }

  @Test
  void aVideoWithMoreFramesThanTheCapIsRefusedNamingTheCap() {
    MediaRefused refused =
        assertThrows(
            MediaRefused.class,
            () -> decode(fixture("video_h264_640x480_25fps_2s.mp4"), spec(FitMode.FIT, 20, 120)));

    assertEquals("This video has 50 frames; the limit is 20 frames.", refused.getMessage());
  }

  @Test
  void aStreamWithoutDeclaredLengthIsStillStoppedAtTheCap() throws IOException {
    // given: Matroska written to a pipe carries no duration
    Path streamed = temp.resolve("streamed.mkv");
    try (RunningCommand running =
            RUNNER.start(
                List.of(
                    "ffmpeg",
                    "-nostdin",
                    "-v",
                    "error",
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc=size=160x120:rate=25:duration=3",
                    "-c:v",
                    "libx264",
                    "-preset",
                    "ultrafast",
                    "-f",
                    "matroska",
                    "pipe:1"),
                Duration.ofSeconds(60));
        InputStream out = running.stdout()) {
      Files.copy(out, streamed);
    }

    // when
    MediaRefused refused =
        assertThrows(MediaRefused.class, () -> decode(streamed, spec(FitMode.FIT, 3000, 1)));

    // then
    assertEquals("This video is longer than the 1 s limit.", refused.getMessage());
    assertFalse(ffmpegRunning());
  }

  @Test
  void soundWithoutPictureIsRefused() throws IOException {
    Path audio =
        ffmpeg("sound.m4a", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac");

    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(audio));

    assertTrue(refused.getMessage().contains("no video picture"), refused.getMessage());
  }

  @Test
  void soundWithCoverArtIsRefused() throws IOException {
    Path music =
        ffmpeg(
            "music.m4a",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:duration=1",
            "-i",
            fixture("jpeg_baseline.jpg").toString(),
            "-map",
            "0",
            "-map",
            "1",
            "-c:a",
            "aac",
            "-c:v",
            "mjpeg",
            "-disposition:v",
            "attached_pic");

    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(music));

    assertTrue(refused.getMessage().contains("no video picture"), refused.getMessage());
  }

  @Test
  void aTruncatedMp4IsRefusedNotCutShort() throws IOException {
    byte[] whole = Files.readAllBytes(fixture("video_h264_640x480_25fps_2s.mp4"));
    Path half = Files.write(temp.resolve("half.mp4"), Arrays.copyOf(whole, 15000));

    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(half));

    assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
  }

  @Test
  void randomBytesAreRefused() throws IOException {
    byte[] noise = new byte[50_000];
    new Random(3).nextBytes(noise);
    Path file = Files.write(temp.resolve("noise.mp4"), noise);

    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(file));

    assertEquals(Ffprobe.UNREADABLE, refused.getMessage());
  }

  @Test
  void aPlaylistPretendingToBeAVideoIsNotFollowed() throws IOException {
    Path playlist =
        Files.writeString(
            temp.resolve("evil.mp4"),
            "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n");

    MediaRefused refused = assertThrows(MediaRefused.class, () -> decode(playlist));

    assertEquals(Ffprobe.UNREADABLE, refused.getMessage());
  }

  @Test
  void closingMidStreamStopsFfmpeg() throws IOException {
    // given
    FrameSource source =
        cut.open(fixture("video_h264_640x480_25fps_2s.mp4"), ConversionSpec.defaults());
    source.next(new byte[LANDSCAPE.frameBytes()]);
    assertTrue(ffmpegRunning());

    // when
    source.close();

    // then
    assertFalse(ffmpegRunning());
    assertEquals(-1, source.next(new byte[LANDSCAPE.frameBytes()]));
  }

  @Test
  void moreThanTheMaxPixelsIsRefusedBeforeDecoding() {
    VideoFacts huge = new VideoFacts("h264", 8000, 8000, 0, 1, 25, 1, 1, 25);

    MediaRefused refused =
        assertThrows(
            MediaRefused.class, () -> VideoDecoder.checkLimits(huge, spec(FitMode.FIT, 3000, 120)));

    assertEquals(
        "This video is 8000×8000 pixels; the limit is 50000000 pixels per frame.",
        refused.getMessage());
  }

  @Test
  void theTimeoutGrowsWithFramesAndPixelsAndIsBoundedByTheFrameCap() {
    VideoFacts vga = new VideoFacts("h264", 640, 480, 0, 1, 25, 20.4, 20.4, 510);
    VideoFacts unknownLength =
        new VideoFacts("vp9", 640, 480, 0, 1, 25, Double.NaN, Double.NaN, -1);

    Duration known = cut.timeoutFor(vga, ConversionSpec.defaults());
    Duration unknown = cut.timeoutFor(unknownLength, ConversionSpec.defaults());

    assertEquals(Duration.ofMillis(30_000 + 510 * (25 + 31)), known);
    assertEquals(Duration.ofMillis(30_000 + 3000 * (25 + 31)), unknown);
  }

  @Test
  void aDecodePastItsTimeoutIsRefused() throws Exception {
    // given: a 300 ms budget and a reader too slow for it
    cut.baseTimeout = Duration.ofMillis(300);
    cut.millisPerFrame = 0;
    cut.millisPerMegapixelFrame = 0;
    byte[] frame = new byte[LANDSCAPE.frameBytes()];

    try (FrameSource source =
        cut.open(fixture("video_h264_640x480_25fps_2s.mp4"), ConversionSpec.defaults())) {
      source.next(frame);
      Thread.sleep(800);

      // when
      MediaRefused refused =
          assertThrows(
              MediaRefused.class,
              () -> {
                while (source.next(frame) > 0) {
                  // drain what ffmpeg wrote before it was killed
                }
              });

      // then
      assertTrue(refused.getMessage().contains("took longer than"), refused.getMessage());
    }
  }
}
