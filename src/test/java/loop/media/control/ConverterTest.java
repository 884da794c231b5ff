package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import loop.media.control.decode.FrameSource;
import loop.media.control.pack.FramePack;
import loop.media.entity.ConversionSpec;
import loop.media.entity.FitMode;
import loop.media.entity.Geometry;
import loop.media.entity.MediaRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConverterTest {

  @TempDir Path dir;
  Converter cut;
  List<Integer> progress = new ArrayList<>();

  /** A source of {@code n} frames, each filled with its index, failing at {@code failAt}. */
  static FrameSource frames(int n, int failAt) {
    return new FrameSource() {
      int i;

      @Override
      public Geometry geometry() {
        return new Geometry(4, 2);
      }

      @Override
      public int loopCount() {
        return 3;
      }

      @Override
      public int frameCountHint() {
        return n;
      }

      @Override
      public int next(byte[] out) {
        if (i == failAt) {
          throw new MediaRefused("The test file is damaged.");
        }
        if (i == n) {
          return -1;
        }
        Arrays.fill(out, (byte) i);
        return 10 * ++i;
      }

      @Override
      public void close() {}
    };
  }

  void decoderGives(FrameSource source) {
    cut.decoders = new Decoders().with("image/test", (file, spec) -> source);
  }

  @BeforeEach
  void setUp() {
    cut = new Converter();
  }

  ConversionSpec spec(int maxFrames) {
    return new ConversionSpec(320, 240, FitMode.FIT, 1_000_000, maxFrames, 60);
  }

  @Test
  void framesStreamIntoAPackWithTheirDurationsAndLoopCount() throws IOException {
    decoderGives(frames(3, -1));
    Path pack = dir.resolve("x.pack");

    Converter.Converted done = cut.convert(dir.resolve("in"), "image/test", spec(10), pack,
        progress::add);

    assertArrayEquals(new int[] {10, 20, 30}, done.durations());
    assertEquals(3, done.loopCount());
    assertEquals(new Geometry(4, 2), done.geometry());
    FramePack read = FramePack.open(pack);
    assertEquals(2, read.frame(2).get(0));
    assertEquals(List.of(31, 63, 95), progress);
  }

  @Test
  void aRefusalMidwayLeavesNoPack() throws IOException {
    decoderGives(frames(5, 2));

    assertThrows(MediaRefused.class, () -> cut.convert(dir.resolve("in"), "image/test", spec(10),
        dir.resolve("y.pack"), progress::add));

    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void moreFramesThanTheCapAreRefusedWithTheCapNamed() {
    decoderGives(frames(5, -1));

    MediaRefused e = assertThrows(MediaRefused.class, () -> cut.convert(dir.resolve("in"),
        "image/test", spec(4), dir.resolve("z.pack"), progress::add));

    assertTrue(e.getMessage().contains("4 frames"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("z.pack")));
  }

  @Test
  void unknownTypesAreRefused() {
    cut.decoders = new Decoders();

    MediaRefused e = assertThrows(MediaRefused.class, () -> cut.convert(dir.resolve("in"),
        "image/x-unknown", spec(4), dir.resolve("w.pack"), progress::add));

    assertTrue(e.getMessage().contains("image/x-unknown"));
  }
}
