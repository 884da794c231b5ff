package loop.player.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopStepTest {

  static final List<String> LOOP = List.of("a", "b", "c");

  @ParameterizedTest
  @CsvSource({"a, b", "b, c", "c, a"})
  void nextWrapsAround(String active, String expected) {
    String next = LoopStep.from(LOOP, active, 1);

    assertEquals(expected, next);
  }

  @ParameterizedTest
  @CsvSource({"a, c", "b, a", "c, b"})
  void previousWrapsAround(String active, String expected) {
    String previous = LoopStep.from(LOOP, active, -1);

    assertEquals(expected, previous);
  }

  @Test
  void stepsLongerThanTheLoopWrapToo() {
    assertEquals("b", LoopStep.from(LOOP, "a", 4));
    assertEquals("c", LoopStep.from(LOOP, "a", -4));
  }

  @Test
  void zeroStepStaysOnTheActiveItem() {
    String same = LoopStep.from(LOOP, "b", 0);

    assertEquals("b", same);
  }

  @Test
  void absentActiveGivesTheFirst() {
    assertEquals("a", LoopStep.from(LOOP, "gone", 1));
    assertEquals("a", LoopStep.from(LOOP, "gone", -1));
  }

  @Test
  void nullActiveGivesTheFirst() {
    // given the list shape Player passes in (Stream.toList, which allows null lookups)
    List<String> loop = Stream.of("a", "b", "c").toList();

    String next = LoopStep.from(loop, null, 1);

    assertEquals("a", next);
  }

  @Test
  void nullActiveGivesTheFirstWhateverTheListType() {
    String next = LoopStep.from(LOOP, null, 1);

    assertEquals("a", next);
  }

  @Test
  void emptyLoopGivesNull() {
    assertNull(LoopStep.from(List.of(), "a", 1));
    assertNull(LoopStep.from(List.of(), null, -1));
  }

  @Test
  void singleItemLoopsOntoItself() {
    List<String> loop = List.of("only");

    assertEquals("only", LoopStep.from(loop, "only", 1));
    assertEquals("only", LoopStep.from(loop, "only", -1));
  }
}
