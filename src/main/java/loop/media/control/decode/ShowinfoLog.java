package loop.media.control.decode;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import loop.system.control.CommandRunner;

/**
 * Reads ffmpeg's stderr (logged with {@code -loglevel repeat+level+info}) on the drain thread:
 * the presentation timestamp of each frame from {@code showinfo}, converted to µs with the time
 * base showinfo reports when it is configured, and the error lines.
 *
 * <p>ffmpeg logs a frame's showinfo line before it writes the frame to stdout, so once frame k
 * has been read from stdout, the timestamp of frame k+1 (or the end of stderr) is sure to come
 * without reading further. Frame lines count only after a configuration line and only with the
 * next expected {@code n:} (a reconfigured graph starts again at 0), so text that file metadata
 * puts into ffmpeg's header dump cannot pass for a frame. The queue stays short: ffmpeg cannot
 * get more than a few frames ahead of the reader of its stdout.
 */
final class ShowinfoLog implements CommandRunner.LineListener {

  /** Returned by {@link #next} once stderr has ended: no more frames. */
  static final long END = Long.MIN_VALUE;

  /** A frame ffmpeg knows no timestamp for. */
  static final long UNKNOWN = Long.MIN_VALUE + 1;

  private static final String SHOWINFO = "^\\[Parsed_showinfo_\\d+ @ [^\\]]+\\] \\[info\\] ";
  private static final Pattern CONFIG =
      Pattern.compile(SHOWINFO + "config in time_base: (\\d+)/(\\d+)");
  private static final Pattern FRAME =
      Pattern.compile(SHOWINFO + "n: *(\\d+) pts: *(-?\\d+|NOPTS) ");
  private static final Pattern ERROR =
      Pattern.compile("^(?:\\[[^\\]]* @ [^\\]]+\\] )?\\[(?:error|fatal|panic)\\] (.*)");
  private static final int KEPT_ERRORS = 5;
  // the raw output muxer ignores timestamps, so its complaint about repeated ones (VFR sources
  // in the encoder's 1/fps time base) is harmless; every other error refuses the file
  private static final String HARMLESS = "non monotonically increasing dts to muxer";

  private final BlockingQueue<Long> timestamps = new LinkedBlockingQueue<>();
  private final List<String> errors = new ArrayList<>();
  private long timeBaseNum;
  private long timeBaseDen;
  private long expected;
  private boolean ended;

  @Override
  public void line(String line) {
    Matcher m;
    if ((m = CONFIG.matcher(line)).find()) {
      timeBaseNum = Long.parseLong(m.group(1));
      timeBaseDen = Long.parseLong(m.group(2));
      expected = 0;
    } else if ((m = FRAME.matcher(line)).find()) {
      frame(Long.parseLong(m.group(1)), m.group(2));
    } else if ((m = ERROR.matcher(line)).find()) {
      error(m.group(1).strip());
    }
  }

  private void frame(long n, String pts) {
    if (timeBaseNum <= 0 || timeBaseDen <= 0 || n != expected) {
      return;
    }
    expected++;
    timestamps.add(pts.equals("NOPTS") ? UNKNOWN : micros(Long.parseLong(pts)));
  }

  private long micros(long pts) {
    return Math.round(pts * 1_000_000.0 * timeBaseNum / timeBaseDen);
  }

  private synchronized void error(String message) {
    if (errors.size() < KEPT_ERRORS && !message.contains(HARMLESS)) {
      errors.add(message);
    }
  }

  @Override
  public void closed() {
    timestamps.add(END);
  }

  /**
   * The next frame's timestamp in µs, {@link #UNKNOWN}, or {@link #END} once stderr has ended
   * (and on every later call).
   *
   * @param millis how long to wait; ffmpeg logs a frame before writing it, so a wait this long
   *     means the log and stdout disagree
   * @throws IOException when nothing came within {@code millis}
   */
  long next(long millis) throws IOException {
    if (ended) {
      return END;
    }
    Long value;
    try {
      value = timestamps.poll(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("waiting for ffmpeg's frame timing was interrupted");
    }
    if (value == null) {
      throw new IOException("ffmpeg logged no frame timing for " + millis + " ms");
    }
    ended = value == END;
    return value;
  }

  /** The first error ffmpeg logged, if any (complete once stderr has ended). */
  synchronized Optional<String> firstError() {
    return errors.stream().findFirst();
  }
}
