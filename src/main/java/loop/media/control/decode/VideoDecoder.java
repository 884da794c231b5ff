package loop.media.control.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import loop.system.control.CommandRunner;
import loop.system.control.RunningCommand;

/**
 * Decodes MP4/MOV, WebM/MKV and AVI with ffprobe and one streaming ffmpeg process, both started
 * through the {@link CommandRunner}. The header is read first: a file that is not a readable video,
 * has no picture stream, or declares more pixels, seconds or frames than the spec allows is refused
 * before decoding. The output is one frame per decoded source frame (variable frame rates kept),
 * rotated by the display matrix, fitted or cropped to the landscape or portrait panel by the
 * displayed size, audio ignored.
 *
 * <p>Timeout: {@code 30 s + frames × (25 ms + 100 ms × source megapixels)}, frames being the
 * declared or estimated count (the frame cap when unknown): for a 20 s 640×480 25 fps clip about 1
 * min, for 60 s of 1080p30 about 7.5 min. It bounds decoding and the reader writing the frames
 * away, with room for a Pi Zero 2 W.
 */
public class VideoDecoder implements Decoder {

  Duration baseTimeout = Duration.ofSeconds(30);
  long millisPerFrame = 25;
  long millisPerMegapixelFrame = 100;

  /** Decoder threads: all four cores of a Pi; ffmpeg runs niced, so playback still wins. */
  int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

  String ffmpeg = "ffmpeg";
  String ffprobe = "ffprobe";

  private final CommandRunner runner;

  /**
   * @param runner starts ffprobe and ffmpeg
   */
  public VideoDecoder(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * Reads the header, then starts decoding; the returned source owns the ffmpeg process.
   *
   * @throws MediaRefused with a sentence for an unreadable file, a file without a picture, or one
   *     past the pixel, duration or frame cap
   */
  @Override
  public FrameSource open(Path file, ConversionSpec spec) throws IOException {
    VideoFacts facts = new Ffprobe(runner, ffprobe).probe(file);
    checkLimits(facts, spec);
    Geometry geometry = spec.geometryFor(facts.displayWidth(), facts.displayHeight());
    Duration timeout = timeoutFor(facts, spec);
    FrameTimingLog log = new FrameTimingLog();
    RunningCommand running =
        runner.start(
            VideoDecodeCommand.of(ffmpeg, file, facts, geometry, spec.fit(), log.filter(), threads),
            timeout,
            log);
    return new VideoFrames(running, log, geometry, facts, spec, timeout);
  }

  static void checkLimits(VideoFacts facts, ConversionSpec spec) {
    if ((long) facts.width() * facts.height() > spec.maxPixels()) {
      throw new MediaRefused(
          "This video is "
              + facts.width()
              + "×"
              + facts.height()
              + " pixels; the limit is "
              + spec.maxPixels()
              + " pixels per frame.");
    }
    long seconds = Math.round(facts.seconds()); // NaN: unknown, checked while decoding
    if (seconds > spec.maxSeconds()) {
      throw new MediaRefused(
          "This video is " + seconds + " s long; the limit is " + spec.maxSeconds() + " s.");
    }
    long frames = facts.estimatedFrames();
    if (frames > spec.maxFrames()) {
      throw new MediaRefused(
          "This video has " + frames + " frames; the limit is " + spec.maxFrames() + " frames.");
    }
  }

  Duration timeoutFor(VideoFacts facts, ConversionSpec spec) {
    long estimated = facts.estimatedFrames();
    long frames = estimated > 0 ? Math.min(estimated, spec.maxFrames()) : spec.maxFrames();
    double megapixels = (double) facts.width() * facts.height() / 1_000_000;
    long perFrame = millisPerFrame + Math.round(millisPerMegapixelFrame * megapixels);
    return baseTimeout.plusMillis(frames * perFrame);
  }
}
