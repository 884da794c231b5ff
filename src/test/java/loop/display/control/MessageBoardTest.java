package loop.display.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import loop.display.entity.ScreenMessage;
import org.junit.jupiter.api.Test;

class MessageBoardTest {

  MessageBoard cut = new MessageBoard();

  static ScreenMessage msg(String key, int priority, long expires) {
    return new ScreenMessage(key, priority, key, List.of(), null, expires);
  }

  @Test
  void theHighestUnexpiredMessageWinsAndExpiredOnesGiveWay() {
    cut.post(msg("idle", ScreenMessage.IDLE, Long.MAX_VALUE));
    cut.post(msg("error", ScreenMessage.ERROR, 1_000));
    cut.post(msg("progress", ScreenMessage.PROGRESS, 5_000));

    assertEquals("error", cut.current(0).key());
    assertEquals("progress", cut.current(1_000).key());
    assertEquals("idle", cut.current(5_000).key());
  }

  @Test
  void equalPrioritiesShowTheNewestAndWithdrawFreesTheScreen() {
    cut.post(msg("a", ScreenMessage.INFO, Long.MAX_VALUE));
    cut.post(msg("b", ScreenMessage.INFO, Long.MAX_VALUE));
    assertEquals("b", cut.current(0).key());

    cut.post(msg("a", ScreenMessage.INFO, Long.MAX_VALUE));
    assertEquals("a", cut.current(0).key(), "re-posting makes it the newest");

    cut.withdraw("a");
    cut.withdraw("b");
    assertNull(cut.current(0));
  }
}
