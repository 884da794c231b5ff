package loop.display.control.ili9341;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ili9341Test {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  FakeBus bus;
  Ili9341 cut;

  @BeforeEach
  void panel() {
    bus = new FakeBus();
    cut = new Ili9341(bus, 270);
  }

  static byte[] frame(Geometry g, int seed) {
    byte[] f = new byte[g.frameBytes()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (byte) (i * 7 + seed);
    }
    return f;
  }

  @Test
  void initPulsesResetThenSendsLoopsTableWithItsPauses() throws Exception {
    // when
    cut.init();

    // then
    assertEquals(WireLog.golden("ili9341-init.txt"), bus.log.text());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 240, 320, 08",
    "0, 320, 240, A8",
    "90, 320, 240, A8",
    "90, 240, 320, C8",
    "180, 240, 320, C8",
    "180, 320, 240, 68",
    "270, 320, 240, 68",
    "270, 240, 320, 08",
  })
  void madctlPerMountingAndFrameShape(int rotation, int width, int height, String expected) {
    // when
    int madctl = Ili9341.madctl(new Geometry(width, height), rotation);

    // then
    assertEquals(Integer.parseInt(expected, 16), madctl);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270})
  void everyOrientationIsUnmirroredUnderLoopsSsSettingAndKeepsBgr(int rotation) {
    // given SS=1 in Display Function Control (B6h A2h) flips the columns once already
    for (Geometry shape : List.of(LANDSCAPE, PORTRAIT)) {
      // when
      int madctl = Ili9341.madctl(shape, rotation);

      // then an even number of MY, MX, MV flips shows a picture upright rather than mirrored
      assertEquals(0, Integer.bitCount(madctl & (Ili9341.MY | Ili9341.MX | Ili9341.MV)) % 2);
      assertEquals(Ili9341.BGR, madctl & Ili9341.BGR);
      assertEquals(shape.width() > shape.height(), (madctl & Ili9341.MV) != 0);
    }
  }

  @Test
  void loopsDefaultMountingKeepsItsProvenByte() {
    // when
    int madctl = Ili9341.madctl(LANDSCAPE, 270);

    // then loop-original.md §4.3: 270 → 0x68
    assertEquals(0x68, madctl);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 319, 239, C 2A|D 00 00 01 3F|C 2B|D 00 00 00 EF",
    "10, 20, 265, 200, C 2A|D 00 0A 01 09|C 2B|D 00 14 00 C8",
    "319, 239, 319, 239, C 2A|D 01 3F 01 3F|C 2B|D 00 EF 00 EF",
  })
  void windowSendsInclusiveBigEndianSpans(int x0, int y0, int x1, int y1, String expected)
      throws Exception {
    // given the panel addressed landscape
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 0)), LANDSCAPE);
    bus.log.clear();

    // when
    cut.window(x0, y0, x1, y1);

    // then
    assertEquals(expected.replace('|', '\n'), bus.log.text());
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, 10, 10", "0, 0, 320, 239", "0, 0, 319, 240", "20, 0, 10, 10"})
  void windowOutsideThePanelIsRefused(int x0, int y0, int x1, int y1) throws Exception {
    // given
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 0)), LANDSCAPE);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.window(x0, y0, x1, y1));
  }

  @Test
  void showWritesTheFrameFromItsPositionAndLeavesTheBufferAsItWas() throws Exception {
    // given a frame 5 bytes into a larger buffer
    byte[] pixels = frame(PORTRAIT, 3);
    ByteBuffer buffer = ByteBuffer.allocate(pixels.length + 9);
    buffer.position(5);
    buffer.put(pixels).position(5);

    // when
    cut.show(buffer, PORTRAIT);

    // then
    assertArrayEquals(pixels, bus.log.pixels());
    assertEquals(5, buffer.position());
    assertEquals(buffer.capacity(), buffer.limit());
  }

  @Test
  void orientationIsSentOnlyWhenItChanges() throws Exception {
    // given
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 0)), LANDSCAPE);
    bus.log.clear();

    // when
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 1)), LANDSCAPE);

    // then
    assertTrue(bus.log.text().startsWith("C 2A\nD 00 00 01 3F\nC 2B\nD 00 00 00 EF\nC 2C"));
  }

  @ParameterizedTest
  @CsvSource({"FFFF, FF, FF", "F800, F8, 00", "001F, 00, 1F", "0000, 00, 00"})
  void fillSendsTheColourBigEndianOverTheWholePanel(String colour, String hi, String lo)
      throws Exception {
    // when
    cut.fill(Integer.parseInt(colour, 16));

    // then
    byte[] pixels = bus.log.pixels();
    assertEquals(PORTRAIT.frameBytes(), pixels.length);
    for (int i = 0; i < pixels.length; i += 2) {
      assertEquals((byte) Integer.parseInt(hi, 16), pixels[i]);
      assertEquals((byte) Integer.parseInt(lo, 16), pixels[i + 1]);
    }
  }

  @ParameterizedTest
  @CsvSource({"160, 120", "320, 320", "240, 240", "480, 320"})
  void framesOtherThanThePanelsTwoShapesAreRefused(int width, int height) {
    // given
    Geometry odd = new Geometry(width, height);
    ByteBuffer bytes = ByteBuffer.allocate(odd.frameBytes());

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.show(bytes, odd));
    assertEquals("", bus.log.text());
  }

  @Test
  void aShortBufferIsRefusedBeforeAnythingIsSent() {
    // given
    ByteBuffer bytes = ByteBuffer.allocate(LANDSCAPE.frameBytes() - 1);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.show(bytes, LANDSCAPE));
    assertEquals("", bus.log.text());
  }

  @ParameterizedTest
  @ValueSource(ints = {-90, 45, 360, 1})
  void mountingsOtherThanQuarterTurnsAreRefused(int rotation) {
    assertThrows(IllegalArgumentException.class, () -> new Ili9341(bus, rotation));
  }
}
