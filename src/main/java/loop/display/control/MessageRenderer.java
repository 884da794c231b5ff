package loop.display.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.util.Map;
import loop.display.entity.ScreenMessage;
import loop.media.entity.Geometry;

/**
 * Draws a {@link ScreenMessage} once into a big-endian RGB565 frame: white title, grey lines on
 * black, and a QR code on the right when the message has one. Rendering happens when a message
 * changes, never per frame.
 */
public final class MessageRenderer {

  private static final int MARGIN = 10;

  private MessageRenderer() {}

  /** The message as one frame of {@code geometry}. */
  public static byte[] render(ScreenMessage message, Geometry geometry) {
    BufferedImage img = new BufferedImage(geometry.width(), geometry.height(),
        BufferedImage.TYPE_USHORT_565_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, geometry.width(), geometry.height());
      int textRight = geometry.width() - MARGIN;
      if (message.qr() != null) {
        textRight -= drawQr(g, message.qr(), geometry) + MARGIN;
      }
      drawText(g, message, textRight);
    } finally {
      g.dispose();
    }
    short[] px = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
    byte[] out = new byte[geometry.frameBytes()];
    for (int i = 0; i < px.length; i++) {
      out[2 * i] = (byte) (px[i] >> 8);
      out[2 * i + 1] = (byte) px[i];
    }
    return out;
  }

  private static void drawText(Graphics2D g, ScreenMessage m, int right) {
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    int y = MARGIN + 22;
    y = wrap(g, m.title(), MARGIN, y, right, 24);
    g.setColor(new Color(0xC8C8C8));
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (String line : m.lines()) {
      y = wrap(g, line, MARGIN, y + 6, right, 16);
    }
  }

  /** Draws {@code text} word-wrapped between x and right; returns the baseline after it. */
  private static int wrap(Graphics2D g, String text, int x, int y, int right, int lineHeight) {
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (g.getFontMetrics().stringWidth(candidate) > right - x && line.length() > 0) {
        g.drawString(line.toString(), x, y);
        y += lineHeight;
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    g.drawString(line.toString(), x, y);
    return y + lineHeight;
  }

  /** Draws a QR code at the bottom right; returns its width in pixels. */
  private static int drawQr(Graphics2D g, String text, Geometry geometry) {
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.MARGIN, 1));
    } catch (WriterException e) {
      return 0;
    }
    int scale = Math.max(1, Math.min(geometry.width(), geometry.height()) / 2 / m.getWidth());
    int size = m.getWidth() * scale;
    int left = geometry.width() - MARGIN - size;
    int top = geometry.height() - MARGIN - size;
    g.setColor(Color.WHITE);
    g.fillRect(left, top, size, size);
    g.setColor(Color.BLACK);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          g.fillRect(left + x * scale, top + y * scale, scale, scale);
        }
      }
    }
    return size;
  }
}
