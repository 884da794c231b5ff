package loop.display.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import loop.display.entity.ScreenMessage;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;

class ScreenTest {

  static final Geometry G = new Geometry(320, 240);

  Screen cut = new Screen();

  /** A hardware sink that records frames and can be told to fail. */
  static final class Panel implements FrameSink {
    final List<byte[]> frames = new ArrayList<>();
    boolean failing;
    boolean closed;

    @Override
    public String name() {
      return "panel";
    }

    @Override
    public void show(ByteBuffer rgb565, Geometry geometry) throws IOException {
      if (failing) {
        throw new IOException("SPI write failed");
      }
      byte[] copy = new byte[geometry.frameBytes()];
      rgb565.get(copy);
      frames.add(copy);
    }

    @Override
    public void brightness(int percent) {}

    @Override
    public void clear() {}

    @Override
    public void close() {
      closed = true;
    }
  }

  static ByteBuffer frame(int value) {
    byte[] f = new byte[G.frameBytes()];
    Arrays.fill(f, (byte) value);
    return ByteBuffer.wrap(f);
  }

  @Test
  void aFailingPanelDegradesToVirtualAndPlaybackGoesOn() {
    Panel panel = new Panel();
    cut.hardware(panel);
    cut.frame(frame(1), G, 0);
    panel.failing = true;

    cut.frame(frame(2), G, 1);
    cut.frame(frame(3), G, 2);

    assertEquals(1, panel.frames.size());
    assertTrue(panel.closed, "the failed panel is released");
    assertEquals("virtual", cut.driver());
    assertTrue(cut.degraded().orElseThrow().contains("SPI write failed"));
    assertEquals(3, cut.snapshot().orElseThrow().rgb565()[0], "frames still reach the screen");
  }

  @Test
  void aMessageTakesTheScreenAndTheLastFrameReturnsWhenItExpires() {
    Panel panel = new Panel();
    cut.hardware(panel);
    cut.frame(frame(7), G, 0);
    cut.board().post(new ScreenMessage("m", ScreenMessage.INFO, "Hello", List.of(), null, 1000));

    cut.refresh(10);
    cut.frame(frame(8), G, 20); // playback goes on underneath
    byte[] whileShown = cut.snapshot().orElseThrow().rgb565();
    cut.refresh(1000);

    assertEquals(0, whileShown[0], "the message's black background, not the frame");
    assertArrayEquals(frame(8).array(), cut.snapshot().orElseThrow().rgb565());
    assertEquals(3, panel.frames.size(), "frame, message, then the frame again");
  }
}
