package loop.playlist.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopRevisionTest {

  @Test
  void neverTouchedIsZero() {
    LoopRevision cut = new LoopRevision();

    assertEquals(0, cut.getLastUpdated());
  }

  @Test
  void touchStampsTheCurrentEpochSecond() {
    // given
    LoopRevision cut = new LoopRevision();
    long before = System.currentTimeMillis() / 1000;

    // when
    cut.touch();

    // then
    long after = System.currentTimeMillis() / 1000;
    assertTrue(cut.getLastUpdated() >= before && cut.getLastUpdated() <= after,
        before + " <= " + cut.getLastUpdated() + " <= " + after);
  }
}
