package loop.display.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import loop.display.control.virtual.VirtualSink;
import loop.display.entity.ScreenMessage;
import loop.media.entity.Geometry;

/**
 * What the panel shows: frames from playback, or the current message when one holds the screen.
 * Writes to the hardware sink when there is one and always to the {@link VirtualSink} (the
 * snapshot). A hardware failure degrades to virtual-only until {@link #hardware} is called
 * again. The last frame is kept so it can return when a message expires during a pause.
 * Thread-safe: one lock serialises all sink writes.
 */
public final class Screen {

  private static final Logger LOG = Logger.getLogger(Screen.class.getName());
  private static final Geometry MESSAGE_GEOMETRY = new Geometry(320, 240);

  private final VirtualSink virtual = new VirtualSink();
  private final MessageBoard board = new MessageBoard();
  private final Object lock = new Object();
  private final byte[] lastFrame = new byte[MESSAGE_GEOMETRY.frameBytes()];
  private Geometry lastGeometry;
  private FrameSink hardware;
  private volatile String degraded;
  private ScreenMessage shown;
  private byte[] shownFrame;

  /** Uses {@code sink} for the panel from now on (null: none); closes the previous one. */
  public void hardware(FrameSink sink) {
    synchronized (lock) {
      closeQuietly(hardware);
      hardware = sink;
      degraded = null;
      shown = null;
    }
  }

  /** Why the hardware was dropped, if it was. */
  public Optional<String> degraded() {
    return Optional.ofNullable(degraded);
  }

  /** The name of the sink in use: the hardware's, or {@code virtual}. */
  public String driver() {
    synchronized (lock) {
      return hardware == null ? virtual.name() : hardware.name();
    }
  }

  /** True when the message with {@code key} is what the screen shows (or the idle screen did). */
  public boolean showing(String key) {
    synchronized (lock) {
      return (shown != null && shown.key().equals(key)) || board.has(key);
    }
  }

  public MessageBoard board() {
    return board;
  }

  /** A playback frame; shown unless a message holds the screen. */
  public void frame(ByteBuffer rgb565, Geometry geometry, long nowNanos) {
    synchronized (lock) {
      rgb565.duplicate().get(lastFrame, 0, geometry.frameBytes());
      lastGeometry = geometry;
      if (board.current(nowNanos) == null) {
        shown = null;
        write(rgb565, geometry);
      } else {
        refresh(nowNanos);
      }
    }
  }

  /** Redraws when the current message changed (posted, expired); cheap when nothing did. */
  public void refresh(long nowNanos) {
    synchronized (lock) {
      ScreenMessage m = board.current(nowNanos);
      if (m == shown) {
        return;
      }
      shown = m;
      if (m != null) {
        shownFrame = MessageRenderer.render(m, MESSAGE_GEOMETRY);
        write(ByteBuffer.wrap(shownFrame), MESSAGE_GEOMETRY);
      } else if (lastGeometry != null) {
        write(ByteBuffer.wrap(lastFrame, 0, lastGeometry.frameBytes()), lastGeometry);
      }
    }
  }

  /** Sets the backlight of the hardware (the virtual sink only remembers it). */
  public void brightness(int percent) {
    synchronized (lock) {
      virtual.brightness(percent);
      if (hardware != null) {
        try {
          hardware.brightness(percent);
        } catch (IOException | RuntimeException e) {
          degrade(e);
        }
      }
    }
  }

  /** What the screen shows now. */
  public Optional<VirtualSink.Snapshot> snapshot() {
    return virtual.snapshot();
  }

  /** Frames that reached the screen. */
  public long framesShown() {
    return virtual.framesShown();
  }

  /** Blanks and releases the hardware, leaving the panel safe. */
  public void close() {
    synchronized (lock) {
      closeQuietly(hardware);
      hardware = null;
    }
  }

  private void write(ByteBuffer rgb565, Geometry geometry) {
    if (hardware != null) {
      try {
        hardware.show(rgb565.duplicate(), geometry);
      } catch (IOException | RuntimeException e) {
        degrade(e);
      }
    }
    virtual.show(rgb565.duplicate(), geometry);
  }

  private void degrade(Exception e) {
    LOG.log(Level.WARNING, "display " + hardware.name() + " failed; showing on virtual only", e);
    degraded = hardware.name() + " failed: " + e.getMessage();
    closeQuietly(hardware);
    hardware = null;
  }

  private static void closeQuietly(FrameSink sink) {
    if (sink != null) {
      try {
        sink.close();
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "closing " + sink.name(), e);
      }
    }
  }
}
