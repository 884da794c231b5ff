package loop.media.control.decode;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import loop.system.control.CommandRunner;

/**
 * The presentation timestamp of every frame ffmpeg outputs, and the errors it logs, read from its
 * stderr ({@code -loglevel repeat+level+info}) on the drain thread, in the same decode pass.
 *
 * <p>{@link #filter()} ends the filter chain: {@code settb=AVTB} puts timestamps in µs, one {@code
 * metadata} filter tags each frame with a random mark, and a second prints {@code frame:N pts:P}
 * and the tag for every frame (cheaper than {@code showinfo}, which checksums every frame). A
 * timestamp counts only when followed by this decode's mark, so text a file's metadata puts into
 * ffmpeg's header dump cannot pass for a frame.
 *
 * <p>ffmpeg logs a frame before it writes the frame to stdout, so once frame k has been read from
 * stdout its timestamp is sure to be here. The queue stays short: ffmpeg cannot get more than a few
 * frames ahead of the reader of its stdout.
 */
final class FrameTimingLog implements CommandRunner.LineListener {

  /** Returned by {@link #next} once stderr has ended: no more frames. */
  static final long END = Long.MIN_VALUE;

  /** A frame ffmpeg knows no timestamp for. */
  static final long UNKNOWN = Long.MIN_VALUE + 1;

  private static final String PRINT = "^\\[Parsed_metadata_\\d+ @ [^\\]]+\\] \\[info\\] ";
  private static final Pattern FRAME = Pattern.compile(PRINT + "frame: *\\d+ +pts: *(\\S+) ");
  private static final Pattern ERROR =
      Pattern.compile("^(?:\\[[^\\]]* @ [^\\]]+\\] )?\\[(?:error|fatal|panic)\\] (.*)");
  private static final int KEPT_ERRORS = 5;
  // the raw output muxer ignores timestamps, so its complaint about repeated ones (VFR sources
  // in the encoder's 1/fps time base) is harmless; every other error refuses the file
  private static final String HARMLESS = "non monotonically increasing dts to muxer";

  private final String mark = UUID.randomUUID().toString().replace("-", "");
  private final Pattern marked = Pattern.compile(PRINT + "loop_frame=" + mark + "$");
  private final BlockingQueue<Long> timestamps = new LinkedBlockingQueue<>();
  private final List<String> errors = new ArrayList<>();
  private Long pending;
  private boolean ended;

  /** The filters to append to the chain, starting with a comma. */
  String filter() {
    return ",settb=AVTB,metadata=mode=add:key=loop_frame:value=" + mark + ",metadata=mode=print";
  }

  @Override
  public void line(String line) {
    Matcher m;
    if ((m = FRAME.matcher(line)).find()) {
      pending = m.group(1).equals("NOPTS") ? UNKNOWN : parse(m.group(1));
    } else if (pending != null && marked.matcher(line).find()) {
      timestamps.add(pending);
      pending = null;
    } else if ((m = ERROR.matcher(line)).find()) {
      error(m.group(1).strip());
    }
  }

  private static long parse(String micros) {
    try {
      return Long.parseLong(micros);
    } catch (NumberFormatException e) {
      return UNKNOWN;
    }
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
   * The next frame's timestamp in µs, {@link #UNKNOWN}, or {@link #END} once stderr has ended (and
   * on every later call).
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
