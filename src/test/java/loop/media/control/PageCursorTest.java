package loop.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void roundTrips() {
    PageCursor cut = new PageCursor(1795571699123L, 4711);
    assertEquals(Optional.of(cut), PageCursor.decode(cut.encode()));
    assertTrue(cut.encode().matches("[A-Za-z0-9_-]+"), "URL-safe without escaping");
  }

  @Test
  void refusesWhatItDidNotMake() {
    for (String text : new String[] {null, "", "not-ours", "!!!", "LTEuMg", "MTIz", "YS5i",
        "A".repeat(65)}) {
      assertEquals(Optional.empty(), PageCursor.decode(text), String.valueOf(text));
    }
  }
}
