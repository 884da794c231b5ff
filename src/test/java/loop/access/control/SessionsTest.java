package loop.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import loop.access.entity.SessionGrant;
import org.junit.jupiter.api.Test;

class SessionsTest {

  long now = 1_000_000;
  Sessions cut = new Sessions();

  {
    cut.clock = () -> now;
  }

  @Test
  void aSessionIsValidUntilItExpiresOrIsClosed() {
    SessionGrant a = cut.open(1000);
    SessionGrant b = cut.open(1000);

    assertEquals(43, a.token().length(), "256 bits, base64url");
    assertNotEquals(a.token(), b.token());
    assertEquals(now + 1000, a.expiresAt());
    assertTrue(cut.valid(a.token()));
    cut.close(a.token());
    assertFalse(cut.valid(a.token()));
    now += 1000;
    assertFalse(cut.valid(b.token()), "expired");
    assertFalse(cut.valid(null));
    assertFalse(cut.valid("guess"));
  }

  @Test
  void closingAllButOneKeepsOnlyThatOne() {
    SessionGrant a = cut.open(1000);
    SessionGrant b = cut.open(1000);

    cut.closeAllBut(b.token());

    assertFalse(cut.valid(a.token()));
    assertTrue(cut.valid(b.token()));
  }

  @Test
  void theStoreIsBoundedTheOldestGoesFirst() {
    SessionGrant first = cut.open(1000);
    for (int i = 0; i < Sessions.MAX + 10; i++) {
      cut.open(1000);
    }

    assertEquals(Sessions.MAX, cut.size());
    assertFalse(cut.valid(first.token()));
  }
}
