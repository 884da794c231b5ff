package loop.display.control.ili9341;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.pwm.Pwm;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBus;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiMode;
import com.pi4j.plugin.mock.provider.spi.MockSpi;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ili9341Sink} on Pi4J's MockPlatform: every SPI transfer with the D/CX level it went out
 * under, RESX levels and pauses, compared byte for byte with the hand-written files in {@code
 * fixtures/golden/}.
 */
class Ili9341SinkTest extends Pi4jMockTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  static Ili9341Wiring wiring(int chipSelect, int speedHz, int backlightPin, int maxTransfer) {
    return new Ili9341Wiring(
        0, chipSelect, speedHz, DC_PIN, RESET_PIN, backlightPin, 1000, 270, maxTransfer);
  }

  Ili9341Sink open(Ili9341Wiring wiring) throws IOException {
    return new Ili9341Sink(pi4j, wiring, wire::pause);
  }

  static byte[] frame(Geometry g, int seed) {
    byte[] f = new byte[g.frameBytes()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (byte) (i * 13 + seed);
    }
    return f;
  }

  static List<Integer> transfers(int count, int size, int last) {
    List<Integer> sizes = new ArrayList<>(Collections.nCopies(count, size));
    sizes.add(last);
    return sizes;
  }

  @Test
  void openingResetsAndInitialisesWithLoopsSequenceThenBlanksThePanel() throws Exception {
    // when
    open(Ili9341Wiring.loop());

    // then
    String expected =
        WireLog.golden("ili9341-init.txt") + "\n" + WireLog.golden("ili9341-clear-portrait.txt");
    assertEquals(expected, wire.text());
    assertArrayEquals(new byte[PORTRAIT.frameBytes()], wire.pixels());
  }

  @Test
  void aLandscapeFrameTurnsThePanelSetsTheWindowAndStreamsTheFrameInChunks() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    wire.clear();
    byte[] pixels = frame(LANDSCAPE, 1);

    // when
    cut.show(ByteBuffer.wrap(pixels), LANDSCAPE);

    // then
    assertEquals(WireLog.golden("ili9341-frame-landscape.txt"), wire.text());
    byte[] sent = wire.pixels();
    assertEquals(153_600, sent.length);
    assertEquals(pixels[0], sent[0]);
    assertEquals(pixels[pixels.length - 1], sent[sent.length - 1]);
    assertArrayEquals(pixels, sent);
    assertEquals(transfers(37, 4096, 2048), wire.pixelTransfers());
  }

  @Test
  void aPortraitFrameAfterALandscapeOneChangesMadctl() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 1)), LANDSCAPE);
    wire.clear();
    byte[] pixels = frame(PORTRAIT, 2);

    // when
    cut.show(ByteBuffer.wrap(pixels), PORTRAIT);

    // then
    assertEquals(WireLog.golden("ili9341-frame-portrait.txt"), wire.text());
    assertArrayEquals(pixels, wire.pixels());
  }

  @Test
  void aSecondFrameOfTheSameShapeSkipsMadctl() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 1)), LANDSCAPE);
    wire.clear();

    // when
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 2)), LANDSCAPE);

    // then the landscape golden without its first two lines (C 36, D 68)
    String golden = WireLog.golden("ili9341-frame-landscape.txt");
    assertTrue(golden.startsWith("C 36\nD 68\n"));
    assertEquals(golden.substring("C 36\nD 68\n".length()), wire.text());
  }

  @Test
  void everyByteReachesThePi4jMockSpi() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    MockSpi mock = pi4j.registry().get(Ili9341Sink.SPI_ID, MockSpi.class);
    mock.readEntireMockBuffer();
    byte[] pixels = frame(LANDSCAPE, 5);

    // when
    cut.show(ByteBuffer.wrap(pixels), LANDSCAPE);

    // then MADCTL 2 + CASET 5 + PASET 5 + RAMWR 1 bytes, then the frame
    byte[] all = mock.readEntireMockBuffer();
    assertEquals(13 + 153_600, all.length);
    assertEquals(pixels[0], all[13]);
    assertEquals(pixels[pixels.length - 1], all[all.length - 1]);
  }

  @Test
  void aHeapFrameIsWrittenFromItsOwnArrayWithoutACopy() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    byte[] pixels = frame(LANDSCAPE, 3);
    spi.arrays().clear();

    // when
    cut.show(ByteBuffer.wrap(pixels), LANDSCAPE);

    // then the 38 pixel transfers are slices of the caller's array
    List<byte[]> arrays = spi.arrays();
    for (byte[] array : arrays.subList(arrays.size() - 38, arrays.size())) {
      assertSame(pixels, array);
    }
  }

  @Test
  void aDirectFrameGoesThroughOneReusedChunkArray() throws Exception {
    // given two mapped-style frames, each 7 bytes into its buffer
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    byte[] first = frame(LANDSCAPE, 4);
    byte[] second = frame(LANDSCAPE, 9);
    ByteBuffer a = ByteBuffer.allocateDirect(first.length + 7).position(7).put(first).position(7);
    ByteBuffer b = ByteBuffer.allocateDirect(second.length + 7).position(7).put(second);
    b.position(7);
    spi.arrays().clear();

    // when
    cut.show(a, LANDSCAPE);
    byte[] sentFirst = wire.pixels();
    cut.show(b, LANDSCAPE);

    // then the bytes are exact, the buffers untouched and one array carried every pixel chunk
    assertArrayEquals(first, sentFirst);
    assertArrayEquals(second, wire.pixels());
    assertEquals(7, a.position());
    assertEquals(7, b.position());
    List<byte[]> arrays = spi.arrays();
    byte[] chunk = arrays.get(arrays.size() - 1);
    assertEquals(4096, chunk.length);
    assertEquals(2 * 38, arrays.stream().filter(x -> x == chunk).count());
  }

  @Test
  void transfersFollowTheConfiguredMaximum() throws Exception {
    // given
    Ili9341Sink cut = open(wiring(0, 40_000_000, 18, 1000));
    wire.clear();

    // when
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 6)), LANDSCAPE);

    // then 153,600 = 153 × 1000 + 600
    assertEquals(transfers(153, 1000, 600), wire.pixelTransfers());
    assertArrayEquals(frame(LANDSCAPE, 6), wire.pixels());
  }

  @Test
  void aTransferAboveSpidevsBufsizIsAnIoExceptionNotASilentDrop() throws Exception {
    // given spidev at its default bufsiz, the sink told it may send 8192
    spi.bufsiz(4096);
    Ili9341Sink cut = open(wiring(0, 40_000_000, 18, 8192));

    // when
    IOException e =
        assertThrows(
            IOException.class, () -> cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 0)), LANDSCAPE));

    // then
    assertTrue(e.getMessage().contains("bufsiz"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {40_000_000, 64_000_000, 32_000_000, 8_000_000})
  void theConfiguredSpeedReachesTheSpiConfig(int hz) throws Exception {
    // when
    open(wiring(1, hz, 18, 4096));

    // then (LOOP never passed its speed: loop-original.md §7.2 bug 3)
    Spi device = pi4j.registry().get(Ili9341Sink.SPI_ID, Spi.class);
    assertEquals(hz, device.config().baud());
    assertEquals(SpiBus.BUS_0, device.config().bus());
    assertEquals(SpiChipSelect.CS_1, device.config().chipSelect());
    assertEquals(SpiMode.MODE_0, device.config().mode());
  }

  @Test
  void brightnessSetsThePwmDutyCycleAtTheConfiguredFrequency() throws Exception {
    // given SPI on CE1, so PWM channel 0 is free in Pi4J 2.8's shared address space
    Ili9341Sink cut = open(wiring(1, 40_000_000, 18, 4096));
    Pwm pwm = pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID, Pwm.class);
    assertFalse(pwm.isOn());
    assertEquals(0, pwm.address());

    // when
    cut.brightness(37);

    // then
    assertTrue(pwm.isOn());
    assertEquals(37f, pwm.dutyCycle());
    assertEquals(1000, pwm.frequency());
  }

  @Test
  void brightnessZeroSwitchesThePwmOff() throws Exception {
    // given PWM channel 1 (GPIO 19) next to SPI CE0
    Ili9341Sink cut = open(wiring(0, 40_000_000, 19, 4096));
    Pwm pwm = pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID, Pwm.class);
    cut.brightness(80);

    // when
    cut.brightness(0);

    // then
    assertFalse(pwm.isOn());
    assertEquals(1, pwm.address());
  }

  @Test
  void onCe0Pi4j28CannotAlsoHoldPwmChannel0SoTheBacklightIsSwitched() throws Exception {
    // given LOOP's wiring: SPI CE0 registers address 0, which PWM channel 0 would need too
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    DigitalOutput light = pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID, DigitalOutput.class);
    assertEquals(18, light.address().intValue());
    assertEquals(DigitalState.LOW, light.state());

    // when
    cut.brightness(50);

    // then
    assertEquals(DigitalState.HIGH, light.state());
    cut.brightness(0);
    assertEquals(DigitalState.LOW, light.state());
    assertTrue(warnings().contains("only switched on and off"), warnings());
    assertTrue(warnings().contains("Pi4J 2.8 shares one address space"), warnings());
  }

  @Test
  void aPinWithoutHardwarePwmIsSwitched() throws Exception {
    // when
    open(wiring(1, 40_000_000, 24, 4096));

    // then
    assertInstanceOf(DigitalOutput.class, pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID));
    assertTrue(warnings().contains("no hardware PWM"), warnings());
  }

  @Test
  void aDimmableBacklightIsNotWarnedAbout() throws Exception {
    // when
    open(wiring(1, 40_000_000, 18, 4096));

    // then
    assertEquals("", warnings());
  }

  @Test
  void aContextWithoutPwmSwitchesTheBacklight() throws Exception {
    // given
    pi4j.shutdown();
    pi4j = context(false);

    // when
    Ili9341Sink cut = open(wiring(1, 40_000_000, 18, 4096));
    cut.brightness(10);

    // then
    DigitalOutput light = pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID, DigitalOutput.class);
    assertEquals(DigitalState.HIGH, light.state());
    assertTrue(warnings().contains("no PWM provider"), warnings());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MIN_VALUE})
  void brightnessOutside0To100IsRefused(int percent) throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.brightness(percent));
  }

  @Test
  void clearBlanksInTheCurrentOrientation() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 1)), LANDSCAPE);
    wire.clear();

    // when
    cut.clear();

    // then
    assertEquals(WireLog.golden("ili9341-clear-landscape.txt"), wire.text());
    assertArrayEquals(new byte[LANDSCAPE.frameBytes()], wire.pixels());
  }

  @Test
  void closeTurnsTheBacklightOffBlanksAndReleasesEveryPin() throws Exception {
    // given
    Ili9341Sink cut = open(wiring(1, 40_000_000, 18, 4096));
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 1)), LANDSCAPE);
    cut.brightness(90);
    Pwm pwm = pi4j.registry().get(Ili9341Sink.BACKLIGHT_ID, Pwm.class);
    DigitalOutput dc = pi4j.registry().get(Ili9341Sink.DC_ID, DigitalOutput.class);
    DigitalOutput reset = pi4j.registry().get(Ili9341Sink.RESET_ID, DigitalOutput.class);
    wire.clear();

    // when
    cut.close();

    // then black, then RESX released high; backlight off; nothing left in the context
    String expected = WireLog.golden("ili9341-clear-landscape.txt") + "\nR 1";
    assertEquals(expected, wire.text());
    assertArrayEquals(new byte[LANDSCAPE.frameBytes()], wire.pixels());
    assertFalse(pwm.isOn());
    assertEquals(DigitalState.LOW, dc.state());
    assertEquals(DigitalState.HIGH, reset.state());
    assertTrue(pi4j.registry().all().isEmpty());
  }

  @Test
  void closingTwiceIsHarmlessAndFramesAfterCloseAreRefused() throws Exception {
    // given
    Ili9341Sink cut = open(Ili9341Wiring.loop());
    cut.close();

    // when / then
    assertDoesNotThrow(cut::close);
    ByteBuffer bytes = ByteBuffer.wrap(frame(LANDSCAPE, 0));
    assertThrows(IllegalStateException.class, () -> cut.show(bytes, LANDSCAPE));
  }

  @Test
  void aFailedOpenReleasesWhatItHadCreated() {
    // given someone else holds the RESX pin
    DigitalOutput taken =
        pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("other").address(RESET_PIN).build());

    // when
    assertThrows(IOException.class, () -> open(Ili9341Wiring.loop()));

    // then only the other owner's pin is left
    assertEquals(List.of("other"), List.copyOf(pi4j.registry().all().keySet()));
    assertEquals(taken, pi4j.registry().get("other"));
  }

  @Test
  void theNameIsIli9341() throws Exception {
    assertEquals("ili9341", open(Ili9341Wiring.loop()).name());
  }
}
