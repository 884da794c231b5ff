package loop.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  long now = 5_000_000;
  LoginThrottle cut = new LoginThrottle();

  {
    cut.clock = () -> now;
  }

  @Test
  void fiveFailuresInAMinuteBlockThatAddressUntilTheMinuteIsOver() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertEquals(0, cut.retryAfterSeconds("10.0.0.2"));
      cut.failed("10.0.0.2");
    }

    assertEquals(60, cut.retryAfterSeconds("10.0.0.2"));
    assertEquals(0, cut.retryAfterSeconds("10.0.0.3"), "per address");
    now += 45_000;
    assertEquals(15, cut.retryAfterSeconds("10.0.0.2"));
    now += 15_000;
    assertEquals(0, cut.retryAfterSeconds("10.0.0.2"));
  }

  @Test
  void aRightPasswordStartsAfresh() {
    cut.failed("a");
    cut.failed("a");
    cut.succeeded("a");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      cut.failed("a");
    }
    assertEquals(0, cut.retryAfterSeconds("a"));
  }

  @Test
  void remembersABoundedNumberOfAddresses() {
    for (int i = 0; i < LoginThrottle.MAX_CLIENTS * 2; i++) {
      cut.failed("10.1." + (i / 256) + "." + (i % 256));
    }
    assertEquals(LoginThrottle.MAX_CLIENTS, cut.clients());
  }
}
