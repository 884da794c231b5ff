package loop.display.control.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import loop.display.control.virtual.VirtualSink.Snapshot;
import loop.media.entity.Geometry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualSinkTest {

  static final Geometry LANDSCAPE = new Geometry(320, 240);
  static final Geometry PORTRAIT = new Geometry(240, 320);

  VirtualSink cut;

  @BeforeEach
  void sink() {
    cut = new VirtualSink();
  }

  static byte[] frame(Geometry g, int seed) {
    byte[] f = new byte[g.frameBytes()];
    for (int i = 0; i < f.length; i++) {
      f[i] = (byte) (i * 11 + seed);
    }
    return f;
  }

  @Test
  void nothingToSnapshotBeforeTheFirstFrame() {
    assertTrue(cut.snapshot().isEmpty());
    assertEquals(0, cut.framesShown());
  }

  @Test
  void theSnapshotIsACopyOfTheFrameFromItsPosition() {
    // given a frame 3 bytes into its buffer
    byte[] pixels = frame(LANDSCAPE, 1);
    ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length + 3).position(3).put(pixels);
    buffer.position(3);

    // when
    cut.show(buffer, LANDSCAPE);
    buffer.put(3, (byte) ~pixels[0]);

    // then the caller's later change does not reach the copy, nor is its position moved
    Snapshot snapshot = cut.snapshot().orElseThrow();
    assertEquals(LANDSCAPE, snapshot.geometry());
    assertArrayEquals(pixels, snapshot.rgb565());
    assertEquals(3, buffer.position());
  }

  @Test
  void eachSnapshotIsTheCallersToKeep() {
    // given
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 2)), LANDSCAPE);
    byte[] first = cut.snapshot().orElseThrow().rgb565();

    // when
    Arrays.fill(first, (byte) 0);

    // then
    assertArrayEquals(frame(LANDSCAPE, 2), cut.snapshot().orElseThrow().rgb565());
    assertNotSame(first, cut.snapshot().orElseThrow().rgb565());
  }

  @Test
  void aPortraitFrameAfterALandscapeOneReplacesItWithoutANewBuffer() {
    // given
    byte[] buffer = cut.frame;
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 3)), LANDSCAPE);

    // when
    cut.show(ByteBuffer.wrap(frame(PORTRAIT, 4)), PORTRAIT);

    // then
    Snapshot snapshot = cut.snapshot().orElseThrow();
    assertEquals(PORTRAIT, snapshot.geometry());
    assertArrayEquals(frame(PORTRAIT, 4), snapshot.rgb565());
    assertSame(buffer, cut.frame);
  }

  @Test
  void aLargerFrameGrowsTheBufferOnce() {
    // given
    Geometry hdmi = new Geometry(640, 480);
    cut.show(ByteBuffer.wrap(frame(hdmi, 5)), hdmi);
    byte[] grown = cut.frame;

    // when
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 6)), LANDSCAPE);

    // then
    assertSame(grown, cut.frame);
    assertArrayEquals(frame(LANDSCAPE, 6), cut.snapshot().orElseThrow().rgb565());
  }

  @Test
  void framesAreCounted() {
    // when
    for (int i = 0; i < 5; i++) {
      cut.show(ByteBuffer.wrap(frame(LANDSCAPE, i)), LANDSCAPE);
    }

    // then
    assertEquals(5, cut.framesShown());
  }

  @Test
  void aShortBufferIsRefusedAndNotCounted() {
    // given
    ByteBuffer bytes = ByteBuffer.allocate(LANDSCAPE.frameBytes() - 2);

    // when / then
    assertThrows(IllegalArgumentException.class, () -> cut.show(bytes, LANDSCAPE));
    assertEquals(0, cut.framesShown());
  }

  @Test
  void brightnessStartsDarkAndIsRemembered() {
    // given
    assertEquals(0, cut.brightness());

    // when
    cut.brightness(65);

    // then
    assertEquals(65, cut.brightness());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101})
  void brightnessOutside0To100IsRefused(int percent) {
    assertThrows(IllegalArgumentException.class, () -> cut.brightness(percent));
  }

  @Test
  void clearBlanksTheLastFrameAndKeepsItsSize() {
    // given
    cut.show(ByteBuffer.wrap(frame(PORTRAIT, 7)), PORTRAIT);

    // when
    cut.clear();

    // then
    Snapshot snapshot = cut.snapshot().orElseThrow();
    assertEquals(PORTRAIT, snapshot.geometry());
    assertArrayEquals(new byte[PORTRAIT.frameBytes()], snapshot.rgb565());
  }

  @Test
  void closeBlanksAndRefusesFurtherFrames() {
    // given
    cut.show(ByteBuffer.wrap(frame(LANDSCAPE, 8)), LANDSCAPE);

    // when
    cut.close();

    // then
    assertArrayEquals(new byte[LANDSCAPE.frameBytes()], cut.snapshot().orElseThrow().rgb565());
    ByteBuffer next = ByteBuffer.wrap(frame(LANDSCAPE, 9));
    assertThrows(IllegalStateException.class, () -> cut.show(next, LANDSCAPE));
    assertDoesNotThrow(cut::close);
  }

  @Test
  void aSnapshotTakenWhileFramesArriveIsNeverTorn() throws Exception {
    // given a writer alternating two uniform frames of different shapes
    byte[] ones = new byte[LANDSCAPE.frameBytes()];
    byte[] twos = new byte[PORTRAIT.frameBytes()];
    Arrays.fill(ones, (byte) 1);
    Arrays.fill(twos, (byte) 2);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<?> writer =
        pool.submit(
            () -> {
              while (!stop.get()) {
                cut.show(ByteBuffer.wrap(ones), LANDSCAPE);
                cut.show(ByteBuffer.wrap(twos), PORTRAIT);
              }
            });

    // when / then every snapshot is one whole frame with its own geometry, of both shapes
    int landscapes = 0;
    int portraits = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      while ((landscapes < 200 || portraits < 200) && System.nanoTime() < deadline) {
        Optional<Snapshot> snapshot = cut.snapshot();
        if (snapshot.isPresent()) {
          assertWhole(snapshot.get());
          landscapes += snapshot.get().geometry().equals(LANDSCAPE) ? 1 : 0;
          portraits += snapshot.get().geometry().equals(PORTRAIT) ? 1 : 0;
        }
      }
    } finally {
      stop.set(true);
      writer.get(10, TimeUnit.SECONDS);
      pool.shutdown();
    }
    assertTrue(landscapes >= 200 && portraits >= 200, landscapes + " / " + portraits);
  }

  static void assertWhole(Snapshot snapshot) {
    byte expected = snapshot.geometry().equals(LANDSCAPE) ? (byte) 1 : (byte) 2;
    for (byte b : snapshot.rgb565()) {
      if (b != expected) {
        throw new AssertionError("torn snapshot: " + b + " in a frame of " + expected);
      }
    }
  }

  @Test
  void theNameIsVirtual() {
    assertEquals("virtual", cut.name());
  }
}
