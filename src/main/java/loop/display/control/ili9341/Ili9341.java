package loop.display.control.ili9341;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import loop.media.entity.Geometry;

/**
 * The ILI9341 chip protocol (Ilitek ILI9341 datasheet V1.11): command codes, LOOP's power-up table,
 * the Memory Access Control value for each frame shape and mounting, the address window and the
 * memory write. Pure: it knows bytes and timings, not pins, and talks through an {@link
 * Ili9341Bus}. Not thread-safe.
 *
 * <p>Pixels are big-endian RGB565, as the controller takes them after COLMOD 55h over the 8-bit
 * serial interface: the first byte holds R[4:0] G[5:3], the second G[2:0] B[4:0].
 */
public final class Ili9341 {

  /** The panel in its native portrait orientation: 240 RGB columns × 320 lines. */
  public static final Geometry PORTRAIT = new Geometry(240, 320);

  /** The panel addressed with rows and columns exchanged (MADCTL MV): 320 × 240. */
  public static final Geometry LANDSCAPE = new Geometry(320, 240);

  /** Software Reset (01h, §8.2.2): registers to defaults; 5 ms before the next command. */
  public static final int SWRESET = 0x01;

  /** Enter Sleep Mode (10h, §8.2.11): DC/DC, oscillator and panel scan stop. */
  public static final int SLPIN = 0x10;

  /** Sleep Out (11h, §8.2.12): 120 ms before the supplies and clocks are stable. */
  public static final int SLPOUT = 0x11;

  /** Gamma Set (26h, §8.2.17): selects one of the preset gamma curves. */
  public static final int GAMSET = 0x26;

  /** Display OFF (28h, §8.2.18): frame memory output off; a normally-white TN panel goes white. */
  public static final int DISPOFF = 0x28;

  /** Display ON (29h, §8.2.19): frame memory output on. */
  public static final int DISPON = 0x29;

  /** Column Address Set (2Ah, §8.2.20): SC[15:0], EC[15:0], both inclusive. */
  public static final int CASET = 0x2A;

  /** Page Address Set (2Bh, §8.2.21): SP[15:0], EP[15:0], both inclusive. */
  public static final int PASET = 0x2B;

  /** Memory Write (2Ch, §8.2.22): pixel data follows, from the window's start. */
  public static final int RAMWR = 0x2C;

  /** Memory Access Control (36h, §8.2.29): read/write scan direction and colour order. */
  public static final int MADCTL = 0x36;

  /** Pixel Format Set (3Ah, §8.2.33), COLMOD: bits per pixel of both interfaces. */
  public static final int COLMOD = 0x3A;

  /** Set Tear Scanline (44h, §8.2.36): the line at which the TE output fires. */
  public static final int STE = 0x44;

  /** Frame Rate Control in normal mode (B1h, §8.3.2): DIVA, RTNA. */
  public static final int FRMCTR1 = 0xB1;

  /** Display Function Control (B6h, §8.3.7): PTG/PT, then REV, GS, SS, SM, ISC, then NL. */
  public static final int DISCTRL = 0xB6;

  /** Power Control 1 (C0h, §8.3.16): GVDD level, VRH[5:0]. */
  public static final int PWCTRL1 = 0xC0;

  /** Power Control 2 (C1h, §8.3.17): step-up factor, BT[2:0]. */
  public static final int PWCTRL2 = 0xC1;

  /** VCOM Control 1 (C5h, §8.3.18): VCOMH, VCOML. */
  public static final int VMCTRL1 = 0xC5;

  /** VCOM Control 2 (C7h, §8.3.19): nVM and the VCOM offset VMF[6:0]. */
  public static final int VMCTRL2 = 0xC7;

  /** Positive Gamma Correction (E0h, §8.3.24): 15 parameters. */
  public static final int PGAMCTRL = 0xE0;

  /** Negative Gamma Correction (E1h, §8.3.25): 15 parameters. */
  public static final int NGAMCTRL = 0xE1;

  /** Power control A (CBh, §8.4.1): VCORE and DDVDH levels. */
  public static final int PWCTRLA = 0xCB;

  /** Power control B (CFh, §8.4.2): power control and discharge path. */
  public static final int PWCTRLB = 0xCF;

  /** Driver timing control A (E8h, §8.4.3): gate non-overlap, EQ and pre-charge timing. */
  public static final int DTCTRLA = 0xE8;

  /** Driver timing control B (EAh, §8.4.5): gate driver timing. */
  public static final int DTCTRLB = 0xEA;

  /** Power on sequence control (EDh, §8.4.6): soft start and DDVDH enhance mode. */
  public static final int PWONSEQ = 0xED;

  /** Enable 3G (F2h, §8.4.7): the 3-gamma function. */
  public static final int EN3G = 0xF2;

  /** Pump ratio control (F7h, §8.4.8): DDVDH as a multiple of VCI. */
  public static final int PUMPRATIO = 0xF7;

  /** MADCTL D7, MY: row address order, mirrors the rows. */
  public static final int MY = 0x80;

  /** MADCTL D6, MX: column address order, mirrors the columns. */
  public static final int MX = 0x40;

  /** MADCTL D5, MV: row/column exchange, 320 columns × 240 pages. */
  public static final int MV = 0x20;

  /** MADCTL D3, BGR: the panel's colour filter is B-G-R; RGB565 red lands on red. */
  public static final int BGR = 0x08;

  /**
   * MADCTL that shows a frame upright, indexed by rotation / 90; rotation is how far the panel is
   * turned clockwise from its native portrait position. LOOP's init sets SS=1 in Display Function
   * Control (B6h, second parameter A2h), which reverses the source outputs; on this panel a picture
   * is upright, not mirrored, only with an even number of the MY, MX and MV bits (Waveshare's demo
   * uses 08h portrait and 78h landscape, LOOP runs 68h). LOOP's values for 0, 90 and 180 (48h, 28h,
   * 88h) are Adafruit's, written for SS=0: on this panel each is a mirror image. We keep each one's
   * top edge and drop the mirror. 270 is LOOP's 68h byte for byte, the only value proven on the
   * device.
   */
  private static final int[] UPRIGHT = {
    BGR, // 0: native portrait, the panel's top edge up (08h)
    MY | MV | BGR, // 90: landscape, the native left edge up (A8h)
    MY | MX | BGR, // 180: portrait upside down (C8h)
    MX | MV | BGR, // 270: landscape, the native right edge up (68h)
  };

  /** One row of a command table: a command, its parameters, then a pause in ms. */
  record Step(int command, byte[] parameters, int pauseMillis) {

    static Step of(int command, int... parameters) {
      byte[] bytes = new byte[parameters.length];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) parameters[i];
      }
      return new Step(command, bytes, 0);
    }

    Step then(int millis) {
      return new Step(command, parameters, millis);
    }
  }

  /**
   * LOOP's power-up table (loop-original.md §4.2, from Waveshare's 2.4" demo), byte for byte. The
   * level values are Waveshare's tuning for this panel; the comments name the fields.
   */
  static final List<Step> INIT =
      List.of(
          // leave sleep; 120 ms before the next command (§8.2.12; LOOP's harden branch adds it)
          Step.of(SLPOUT).then(120),
          Step.of(PWCTRLB, 0x00, 0xC1, 0x30),
          Step.of(PWONSEQ, 0x64, 0x03, 0x12, 0x81),
          Step.of(DTCTRLA, 0x85, 0x00, 0x79),
          // VCORE 1.6 V (34h), DDVDH 5.6 V (02h)
          Step.of(PWCTRLA, 0x39, 0x2C, 0x00, 0x34, 0x02),
          // DDVDH = 2 × VCI
          Step.of(PUMPRATIO, 0x20),
          Step.of(DTCTRLB, 0x00, 0x00),
          Step.of(PWCTRL1, 0x1D),
          Step.of(PWCTRL2, 0x12),
          Step.of(VMCTRL1, 0x33, 0x3F),
          Step.of(VMCTRL2, 0x92),
          // DPI = DBI = 101b: 16 bits per pixel (RGB565)
          Step.of(COLMOD, 0x55),
          // BGR only; show() sets the orientation each frame shape needs
          Step.of(MADCTL, BGR),
          // DIVA = fosc, RTNA = 12h (18 clocks per line): about 106 Hz refresh
          Step.of(FRMCTR1, 0x00, 0x12),
          // PTG = PT = 10b; REV = 1 (normally white), GS = 0, SS = 1 (S720 → S1), ISC = 5 frames
          Step.of(DISCTRL, 0x0A, 0xA2),
          // the datasheet lists two parameters (STS[8], STS[7:0]), LOOP sends one; harmless, as
          // TE output is never switched on (no TEON 35h)
          Step.of(STE, 0x02),
          Step.of(EN3G, 0x00),
          // gamma curve 1 (G2.2)
          Step.of(GAMSET, 0x01),
          Step.of(
              PGAMCTRL, 0x0F, 0x22, 0x1C, 0x1B, 0x08, 0x0F, 0x48, 0xB8, 0x34, 0x05, 0x0C, 0x09,
              0x0F, 0x07, 0x00),
          Step.of(
              NGAMCTRL, 0x00, 0x23, 0x24, 0x07, 0x10, 0x07, 0x38, 0x47, 0x4B, 0x0A, 0x13, 0x06,
              0x30, 0x38, 0x0F),
          Step.of(DISPON));

  /** Bytes per {@link #fill} transfer: spidev's default bufsiz. */
  static final int FILL_RUN = 4096;

  private static final int UNKNOWN = -1;

  private final Ili9341Bus bus;
  private final int rotation;
  private final byte[] parameters = new byte[4];
  private final byte[] fillRun = new byte[FILL_RUN];
  private int madctl = UNKNOWN;

  /**
   * @param bus the wires to the controller
   * @param rotation how far the panel is mounted turned clockwise from its native portrait
   *     position: 0, 90, 180 or 270 degrees (LOOP's default 270: landscape)
   */
  public Ili9341(Ili9341Bus bus, int rotation) {
    this.bus = bus;
    this.rotation = Ili9341Wiring.checkRotation(rotation);
  }

  /**
   * Resets the controller with a RESX pulse and sends the power-up table: about 260 ms, nearly all
   * of it the datasheet's waits. The display is on afterwards, showing whatever the frame memory
   * holds (noise after power-up), so follow with {@link #fill} before the backlight comes on.
   */
  public void init() throws IOException {
    // LOOP's pulse: high, low, high, 10 ms each (RESX low needs only 10 µs). After release the
    // datasheet's reset timing allows commands after 5 ms but Sleep Out only after 120 ms; LOOP
    // waited 10 ms, we wait the 120.
    bus.reset(true);
    bus.pause(10);
    bus.reset(false);
    bus.pause(10);
    bus.reset(true);
    bus.pause(120);
    for (Step step : INIT) {
      send(step);
    }
  }

  /**
   * Writes one whole frame: MADCTL when the frame's shape needs another orientation than the last
   * one, the address window, Memory Write, then the pixels straight from the buffer.
   *
   * @param rgb565 big-endian RGB565, {@code geometry.frameBytes()} bytes from its position; read by
   *     absolute index, never modified or kept
   * @param geometry 320×240 or 240×320
   * @throws IllegalArgumentException for another size or too few bytes
   */
  public void show(ByteBuffer rgb565, Geometry geometry) throws IOException {
    checkFrame(rgb565, geometry);
    orient(madctl(geometry, rotation));
    window(0, 0, geometry.width() - 1, geometry.height() - 1);
    bus.command(RAMWR);
    bus.data(rgb565, rgb565.position(), geometry.frameBytes());
  }

  /**
   * Fills the whole panel with one colour in the current orientation.
   *
   * @param rgb565 the colour, 0x0000 (black) .. 0xFFFF (white)
   */
  public void fill(int rgb565) throws IOException {
    Geometry panel = addressed();
    for (int i = 0; i < FILL_RUN; i += 2) {
      fillRun[i] = (byte) (rgb565 >>> 8);
      fillRun[i + 1] = (byte) rgb565;
    }
    window(0, 0, panel.width() - 1, panel.height() - 1);
    bus.command(RAMWR);
    for (int left = panel.frameBytes(); left > 0; left -= FILL_RUN) {
      bus.data(fillRun, 0, Math.min(left, FILL_RUN));
    }
  }

  /**
   * Sets the address window that the next Memory Write fills, columns then pages; coordinates are
   * pixels in the current orientation, both ends inclusive.
   *
   * @throws IllegalArgumentException when a span is reversed or leaves the panel
   */
  public void window(int x0, int y0, int x1, int y1) throws IOException {
    Geometry panel = addressed();
    checkSpan("x", x0, x1, panel.width());
    checkSpan("y", y0, y1, panel.height());
    span(CASET, x0, x1);
    span(PASET, y0, y1);
  }

  /**
   * The Memory Access Control byte that shows a frame upright. A frame that matches the mounting
   * (landscape on 90/270, portrait on 0/180) uses the mounting's value; the other shape is shown
   * for the device turned a further quarter turn clockwise.
   *
   * @param frame the frame's shape
   * @param rotation the mounting: 0, 90, 180 or 270
   * @return one of 08h, A8h, C8h, 68h
   */
  public static int madctl(Geometry frame, int rotation) {
    Ili9341Wiring.checkRotation(rotation);
    boolean landscapeMount = rotation % 180 != 0;
    boolean landscapeFrame = frame.width() > frame.height();
    int turned = landscapeMount == landscapeFrame ? rotation : (rotation + 90) % 360;
    return UPRIGHT[turned / 90];
  }

  /** The panel as the controller addresses it now: 320×240 when MV is set, else 240×320. */
  Geometry addressed() {
    return madctl != UNKNOWN && (madctl & MV) != 0 ? LANDSCAPE : PORTRAIT;
  }

  private void send(Step step) throws IOException {
    bus.command(step.command());
    if (step.parameters().length > 0) {
      bus.data(step.parameters(), 0, step.parameters().length);
    }
    if (step.pauseMillis() > 0) {
      bus.pause(step.pauseMillis());
    }
    if (step.command() == MADCTL) {
      madctl = step.parameters()[0] & 0xFF;
    }
  }

  private void orient(int value) throws IOException {
    if (value != madctl) {
      parameters[0] = (byte) value;
      bus.command(MADCTL);
      bus.data(parameters, 0, 1);
      madctl = value;
    }
  }

  private void span(int command, int start, int end) throws IOException {
    parameters[0] = (byte) (start >>> 8);
    parameters[1] = (byte) start;
    parameters[2] = (byte) (end >>> 8);
    parameters[3] = (byte) end;
    bus.command(command);
    bus.data(parameters, 0, 4);
  }

  private static void checkSpan(String axis, int start, int end, int size) {
    if (start < 0 || end < start || end >= size) {
      throw new IllegalArgumentException(
          axis + " span " + start + ".." + end + " must lie within 0.." + (size - 1));
    }
  }

  private static void checkFrame(ByteBuffer rgb565, Geometry geometry) {
    if (!geometry.equals(LANDSCAPE) && !geometry.equals(PORTRAIT)) {
      throw new IllegalArgumentException(
          "ILI9341 frames are 320x240 or 240x320, not "
              + geometry.width()
              + "x"
              + geometry.height());
    }
    if (rgb565.remaining() < geometry.frameBytes()) {
      throw new IllegalArgumentException(
          "a frame needs " + geometry.frameBytes() + " bytes, got " + rgb565.remaining());
    }
  }
}
