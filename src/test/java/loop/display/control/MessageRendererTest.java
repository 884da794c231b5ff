package loop.display.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import loop.display.entity.ScreenMessage;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

  static final Geometry G = new Geometry(320, 240);

  static int px(byte[] f, int x, int y) {
    int i = (y * G.width() + x) * 2;
    return ((f[i] & 0xFF) << 8) | (f[i + 1] & 0xFF);
  }

  @Test
  void textIsDrawnOnBlackAndTheQrSitsBottomRight() {
    ScreenMessage m = new ScreenMessage("idle", ScreenMessage.IDLE, "Loop is ready",
        List.of("Open http://192.0.2.7:9080/ on your phone"), "http://192.0.2.7:9080/",
        Long.MAX_VALUE);

    byte[] cut = MessageRenderer.render(m, G);

    assertEquals(G.frameBytes(), cut.length);
    assertEquals(0x0000, px(cut, 0, 0));
    long whiteInTitle = 0;
    for (int y = 10; y < 40; y++) {
      for (int x = 10; x < 150; x++) {
        whiteInTitle += px(cut, x, y) == 0xFFFF ? 1 : 0;
      }
    }
    assertTrue(whiteInTitle > 50, "title pixels: " + whiteInTitle);
    assertEquals(0xFFFF, px(cut, 309, 229), "QR quiet zone is white at the bottom right");
  }
}
