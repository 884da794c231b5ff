package loop.display.control.framebuffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import loop.display.control.FrameSink;
import loop.media.entity.Geometry;

/**
 * {@link FrameSink} on a Linux framebuffer ({@code /dev/fbN}): an fbtft SPI panel or HDMI. Size and
 * pixel format come from sysfs; frames are converted from big-endian RGB565 row by row into one
 * reusable row buffer and written with positioned writes.
 *
 * <p>A frame is centred, black around it; it is turned a quarter turn only when it does not fit as
 * it is but fits turned (a portrait frame on a 320×240 panel), see {@link Placement}. When the
 * placement changes, the whole framebuffer is blanked first so no part of the previous picture
 * stays. The framebuffer is assumed unpanned (rows from offset 0); {@code brightness} is ignored,
 * as framebuffers have no standard backlight control.
 *
 * <p>Not thread-safe: the playback thread is the only caller of {@link #show}.
 */
public final class FramebufferSink implements FrameSink {

  /** Where Linux describes framebuffers: one directory per {@code fbN}. */
  public static final Path GRAPHICS_CLASS = Path.of("/sys/class/graphics");

  private final Framebuffer fb;
  private final FileChannel channel;
  private final byte[] row;
  private final ByteBuffer rowBuffer;
  private Placement last;
  private boolean closed;

  /**
   * Opens {@code device}, described by {@code /sys/class/graphics/<its name>}, and blanks it.
   *
   * @param device e.g. {@code /dev/fb1}
   * @throws IOException when sysfs lacks the description, the format is not 16, 24 or 32 bpp, or
   *     the device cannot be opened for writing
   */
  public FramebufferSink(Path device) throws IOException {
    this(device, GRAPHICS_CLASS);
  }

  /**
   * Opens {@code device}, described by {@code graphicsClass/<its name>}, and blanks it.
   *
   * @param device the framebuffer device or, in tests, a file of {@code stride × height} bytes
   * @param graphicsClass the directory holding {@code fbN/virtual_size}, {@code bits_per_pixel} and
   *     {@code stride}
   */
  public FramebufferSink(Path device, Path graphicsClass) throws IOException {
    this.fb = Framebuffer.read(graphicsClass.resolve(device.getFileName().toString()));
    this.row = new byte[fb.width() * fb.format().bytes()];
    this.rowBuffer = ByteBuffer.wrap(row);
    this.channel = FileChannel.open(device, StandardOpenOption.WRITE);
    try {
      blank();
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /** {@code framebuffer}. */
  @Override
  public String name() {
    return "framebuffer";
  }

  /** The framebuffer's size in pixels. */
  public Geometry geometry() {
    return new Geometry(fb.width(), fb.height());
  }

  /**
   * Draws one frame, centred (and turned where only that fits); blanks first when its placement
   * differs from the last frame's.
   *
   * @throws IllegalArgumentException when the buffer holds fewer than {@code geometry.frameBytes()}
   *     bytes from its position
   * @throws IllegalStateException after {@link #close}
   */
  @Override
  public void show(ByteBuffer rgb565, Geometry geometry) throws IOException {
    checkOpen();
    if (rgb565.remaining() < geometry.frameBytes()) {
      throw new IllegalArgumentException(
          "a frame needs " + geometry.frameBytes() + " bytes, got " + rgb565.remaining());
    }
    Placement placement = Placement.of(geometry, fb.width(), fb.height());
    if (!placement.equals(last)) {
      blank();
      last = placement;
    }
    int top = Math.max(0, placement.top());
    int bottom = Math.min(fb.height(), placement.top() + placement.drawnHeight());
    for (int y = top; y < bottom; y++) {
      drawRow(rgb565, placement, y);
    }
  }

  /**
   * Range-checked and otherwise ignored: a framebuffer has no standard backlight control.
   *
   * @param percent 0..100
   */
  @Override
  public void brightness(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("brightness must be in the range 0..100, not " + percent);
    }
  }

  /** Fills the whole framebuffer black. */
  @Override
  public void clear() throws IOException {
    checkOpen();
    blank();
    last = null;
  }

  /** Blanks the framebuffer and closes the device. Later calls do nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (channel) {
      blank();
    }
  }

  private void drawRow(ByteBuffer rgb565, Placement placement, int y) throws IOException {
    int left = Math.max(0, placement.left());
    int right = Math.min(fb.width(), placement.left() + placement.drawnWidth());
    int base = rgb565.position();
    int bytes = fb.format().bytes();
    for (int x = left, at = 0; x < right; x++, at += bytes) {
      int i = base + placement.source(x, y);
      fb.format().put((rgb565.get(i) & 0xFF) << 8 | rgb565.get(i + 1) & 0xFF, row, at);
    }
    write(y, left, (right - left) * bytes);
  }

  private void blank() throws IOException {
    for (int at = 0; at < row.length; at += fb.format().bytes()) {
      fb.format().put(0, row, at);
    }
    for (int y = 0; y < fb.height(); y++) {
      write(y, 0, row.length);
    }
  }

  private void write(int y, int x, int length) throws IOException {
    rowBuffer.clear().limit(length);
    long position = (long) y * fb.stride() + (long) x * fb.format().bytes();
    while (rowBuffer.hasRemaining()) {
      position += channel.write(rowBuffer, position);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the framebuffer sink is closed");
    }
  }
}
