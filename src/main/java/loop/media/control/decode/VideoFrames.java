package loop.media.control.decode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import loop.media.entity.ConversionSpec;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import loop.system.control.RunningCommand;

/**
 * The frames of a running ffmpeg decode, read from ffmpeg's stdout one frame ahead of the caller
 * (one extra frame buffer) and timed from the presentation timestamps in {@link FrameTimingLog}. A
 * frame lasts until the next frame's timestamp; the last one until the stream's declared end, else
 * for the interval before it, else for one nominal frame. The caps are enforced on what is actually
 * decoded, whatever the header said. The verdict on the whole file (exit code, errors ffmpeg
 * logged, timeout) comes with the end: {@code -1} means every frame was good.
 */
final class VideoFrames implements FrameSource {

  private static final Logger LOG = Logger.getLogger(VideoFrames.class.getName());
  private static final long NO_RATE_MICROS = 40_000; // LOOP's 25 fps

  private final RunningCommand ffmpeg;
  private final FrameTimingLog log;
  private final InputStream stdout;
  private final Geometry geometry;
  private final VideoFacts facts;
  private final ConversionSpec spec;
  private final Duration timeout;
  private final FrameClock clock = new FrameClock();
  private long first;
  private long current;
  private long previousInterval;
  private final byte[] pending;
  private boolean ahead;
  private int frames;
  private boolean ended;

  VideoFrames(
      RunningCommand ffmpeg,
      FrameTimingLog log,
      Geometry geometry,
      VideoFacts facts,
      ConversionSpec spec,
      Duration timeout) {
    this.ffmpeg = ffmpeg;
    this.log = log;
    this.stdout = ffmpeg.stdout();
    this.geometry = geometry;
    this.facts = facts;
    this.spec = spec;
    this.timeout = timeout;
    this.pending = new byte[geometry.frameBytes()];
  }

  @Override
  public Geometry geometry() {
    return geometry;
  }

  /** Videos carry no loop count: 0 leaves it to the item's loop policy. */
  @Override
  public int loopCount() {
    return 0;
  }

  @Override
  public int next(byte[] rgb565) throws IOException {
    if (frames == 0 && !ended) {
      ahead = fill();
    }
    if (!ahead) {
      ended = true;
      return -1;
    }
    System.arraycopy(pending, 0, rgb565, 0, geometry.frameBytes());
    if (++frames > spec.maxFrames()) {
      throw refuse(
          "This video has more than "
              + spec.maxFrames()
              + " frames; the limit is "
              + spec.maxFrames()
              + " frames.");
    }
    ahead = fill();
    long end = endOfFrame();
    if (end >= (spec.maxSeconds() * 1000L + 500) * 1000) {
      throw refuse("This video is longer than the " + spec.maxSeconds() + " s limit.");
    }
    return clock.until(end);
  }

  /**
   * Reads the following frame, so ffmpeg decodes on while the caller handles this one (and its
   * timestamp is sure to be logged); at the end, waits for ffmpeg's verdict.
   *
   * @return false at the end of a good stream
   */
  private boolean fill() throws IOException {
    int read = ended ? 0 : stdout.readNBytes(pending, 0, geometry.frameBytes());
    if (read == geometry.frameBytes()) {
      return true;
    }
    if (!ended) {
      finish(read);
    }
    return false;
  }

  /** When the frame just read ends, in µs after the first frame started. */
  private long endOfFrame() throws IOException {
    long wait = timeout.toMillis() + RunningCommand.GRACE_MILLIS;
    if (frames == 1) {
      long pts = log.next(wait);
      if (pts == FrameTimingLog.END) {
        throw new IOException("ffmpeg wrote a frame but logged no timestamp for it");
      }
      first = current = pts == FrameTimingLog.UNKNOWN ? 0 : pts;
    }
    long next = log.next(wait);
    if (next == FrameTimingLog.END) {
      return lastEnd(current - first);
    }
    if (next == FrameTimingLog.UNKNOWN) {
      next = current + (previousInterval > 0 ? previousInterval : nominal());
    }
    previousInterval = next - current;
    current = next;
    return next - first;
  }

  private long lastEnd(long start) {
    double streamEnd = facts.streamSeconds() * 1_000_000;
    if (streamEnd > start) {
      return Math.round(streamEnd);
    }
    return start + (previousInterval > 0 ? previousInterval : nominal());
  }

  private long nominal() {
    return facts.frameRate() > 0 ? Math.round(1_000_000 / facts.frameRate()) : NO_RATE_MICROS;
  }

  private void finish(int partial) throws IOException {
    ended = true;
    int exit = ffmpeg.waitFor();
    if (ffmpeg.timedOut()) {
      throw refuse(
          "Converting this video took longer than the "
              + timeout.toSeconds()
              + " s allowed; try a shorter or smaller video.");
    }
    Optional<String> error = log.firstError();
    if (exit != 0 || error.isPresent() || partial > 0) {
      LOG.info(
          () ->
              "ffmpeg failed after "
                  + frames
                  + " frames (exit "
                  + exit
                  + "): "
                  + error.orElse(tail(ffmpeg.stderr())));
      throw refuse(
          frames == 0
              ? "This video cannot be decoded: it is damaged or uses a codec Loop cannot read."
              : "This video is damaged or cut short: it breaks off after " + frames + " frames.");
    }
    if (frames == 0) {
      throw refuse("This video has no frames to show.");
    }
  }

  /** The end of what ffmpeg printed, where its reason usually is: at most 2000 characters. */
  private static String tail(String stderr) {
    String text = stderr.strip();
    return text.substring(Math.max(0, text.length() - 2000));
  }

  private MediaRefused refuse(String sentence) {
    close();
    return new MediaRefused(sentence);
  }

  /** Stops ffmpeg if it still runs; later {@link #next} calls return -1. Idempotent. */
  @Override
  public void close() {
    ended = true;
    ahead = false;
    ffmpeg.close();
  }
}
