package loop.media.control.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameClockTest {

  FrameClock cut = new FrameClock();

  @Test
  void thirtyFpsSpreadsTheRoundingAndSumsToOneSecond() {
    List<Integer> durations = new ArrayList<>();

    for (int i = 0; i < 30; i++) {
      durations.add(cut.until(FrameClock.endAtRate(i, 30)));
    }

    assertEquals(List.of(33, 34, 33), durations.subList(0, 3));
    assertEquals(1000, durations.stream().mapToInt(Integer::intValue).sum());
    assertEquals(1000, cut.elapsedMs());
  }

  @Test
  void twentyFiveFpsIsFortyMsEach() {
    for (int i = 0; i < 50; i++) {
      assertEquals(40, cut.until(FrameClock.endAtRate(i, 25)));
    }
  }

  @Test
  void framesCloserThanAMillisecondGetOneAndTheNextAbsorbsIt() {
    int first = cut.until(300); // 0.3 ms
    int second = cut.until(600);
    int third = cut.until(10_000);

    assertEquals(1, first);
    assertEquals(1, second);
    assertEquals(8, third);
    assertEquals(10, cut.elapsedMs());
  }

  @Test
  void timestampsGoingBackwardsStillGiveOneMillisecond() {
    cut.until(50_000);

    int duration = cut.until(20_000);

    assertEquals(1, duration);
  }

  @Test
  void halfAMillisecondRoundsUp() {
    int duration = cut.until(40_500);

    assertEquals(41, duration);
  }
}
