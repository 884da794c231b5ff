package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FramesPairingTest {

  @Test
  void aFramesZipPairsWithTheOriginalNamedByItsBase() {
    assertEquals(Map.of(0, 1), FramesPairing.pair(List.of("cat.mp4", "cat_frames.zip"), i -> true));
    assertEquals(Map.of(1, 0), FramesPairing.pair(List.of("Cat_FRAMES.ZIP", "cat.MOV"), i -> true));
    assertEquals(Map.of(0, 1),
        FramesPairing.pair(List.of("cat.mp4", "cat.mp4_frames.zip"), i -> true),
        "the base may be the whole name");
  }

  @Test
  void unrelatedNamesAndNonZipsDoNotPair() {
    assertEquals(Map.of(), FramesPairing.pair(List.of("dog.mp4", "cat_frames.zip"), i -> true));
    assertEquals(Map.of(), FramesPairing.pair(List.of("cat.mp4", "cat_frames.zip"), i -> i != 1),
        "a text file named _frames.zip is not frames");
    assertEquals(Map.of(), FramesPairing.pair(List.of("_frames.zip", ".mp4"), i -> true));
    assertEquals(Map.of(), FramesPairing.pair(List.of("cat_frames.zip"), i -> true),
        "alone, a frames ZIP is an item of its own");
  }

  @Test
  void eachOriginalTakesOneZipAndZipsNeverPairWithZips() {
    assertEquals(Map.of(0, 1),
        FramesPairing.pair(List.of("cat.gif", "cat_frames.zip", "cat_frames.zip"), i -> true));
    assertEquals(Map.of(0, 2, 1, 3), FramesPairing.pair(
        List.of("a.gif", "b.gif", "a_frames.zip", "b_frames.zip"), i -> true));
    assertEquals(Map.of(),
        FramesPairing.pair(List.of("x_frames.zip", "x_frames.zip_frames.zip"), i -> true));
  }
}
