package loop.system.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a child's stderr to its end on a pool thread, so the child never blocks on a full pipe: the
 * first {@link CommandRunner#CAPTURE_BYTES} are kept, and each line (split at LF or CR, at most
 * {@link #MAX_LINE} bytes, the rest of a longer line dropped) goes to the listener.
 */
final class StderrDrain implements Runnable {

  /** The longest line handed to the listener, in bytes; ffmpeg's side-data dumps run to ~2 KB. */
  static final int MAX_LINE = 16 * 1024;

  private static final Logger LOG = Logger.getLogger(StderrDrain.class.getName());

  private final InputStream in;
  private final CommandRunner.LineListener listener;
  private final OutputCapture capture = new OutputCapture(CommandRunner.CAPTURE_BYTES);
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final CountDownLatch done = new CountDownLatch(1);
  private boolean listenerFailed;

  StderrDrain(InputStream in, CommandRunner.LineListener listener) {
    this.in = in;
    this.listener = listener;
  }

  @Override
  public void run() {
    byte[] buf = new byte[8192];
    try (in) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        capture.append(buf, 0, n);
        split(buf, n);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "stderr closed early", e); // the child was killed or closed
    } finally {
      flushLine();
      notifyClosed();
      done.countDown();
    }
  }

  private void split(byte[] buf, int n) {
    for (int i = 0; i < n; i++) {
      byte b = buf[i];
      if (b == '\n' || b == '\r') {
        flushLine();
      } else if (line.size() < MAX_LINE) {
        line.write(b);
      }
    }
  }

  private void flushLine() {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (!listenerFailed) {
      try {
        listener.line(text);
      } catch (RuntimeException e) {
        listenerFailed = true; // keep draining: a stuck pipe would hang the child
        LOG.log(Level.WARNING, "stderr listener failed; further lines ignored", e);
      }
    }
  }

  private void notifyClosed() {
    try {
      listener.closed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "stderr listener failed on close", e);
    }
  }

  /** Waits up to {@code millis} for the end of stderr; true when it was reached. */
  boolean await(long millis) throws InterruptedException {
    return done.await(millis, TimeUnit.MILLISECONDS);
  }

  OutputCapture capture() {
    return capture;
  }
}
