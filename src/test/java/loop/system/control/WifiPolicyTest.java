package loop.system.control;

import static loop.system.control.WifiPolicy.Action.JOIN;
import static loop.system.control.WifiPolicy.Action.NONE;
import static loop.system.control.WifiPolicy.Action.START_HOTSPOT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import loop.system.control.WifiPolicy.Action;
import loop.system.control.WifiPolicy.Observation;
import org.junit.jupiter.api.Test;

class WifiPolicyTest {

  static final String HOME = "Home Net";

  Instant now = Instant.parse("2026-11-25T00:00:00Z");
  WifiPolicy cut = policy(true);

  WifiPolicy policy(boolean hotspotEnabled) {
    return new WifiPolicy(() -> now, Duration.ofSeconds(120), Duration.ofSeconds(10),
        Duration.ofSeconds(300), Duration.ofSeconds(600), hotspotEnabled);
  }

  void after(int seconds) {
    now = now.plusSeconds(seconds);
  }

  static Observation connected() {
    return new Observation(true, false, false, HOME, false);
  }

  static Observation offline(String configured) {
    return new Observation(false, false, false, configured, false);
  }

  static Observation hotspot(boolean homeVisible) {
    return new Observation(false, true, false, HOME, homeVisible);
  }

  @Test
  void bootKeepsAWorkingConnection() {
    assertEquals(NONE, cut.next(connected()));
    after(10);
    assertEquals(NONE, cut.next(connected()));
    assertEquals(WifiPolicy.State.CONNECTED, cut.state());
  }

  @Test
  void bootJoinsTheConfiguredNetworkThenOpensTheHotspotWhenThatFails() {
    assertEquals(JOIN, cut.next(offline(HOME)));
    after(10);
    assertEquals(START_HOTSPOT, cut.next(offline(HOME)));
  }

  @Test
  void bootWithoutAConfiguredNetworkOpensTheHotspotAtOnce() {
    assertEquals(START_HOTSPOT, cut.next(offline(null)));
    after(10);
    assertEquals(NONE, cut.next(new Observation(false, true, false, null, false)));
  }

  @Test
  void aLostConnectionIsRetriedWithBackoffThenTheHotspotOpensAfterTheGrace() {
    cut.next(connected());
    List<Integer> joinsAt = new ArrayList<>();
    Action last = NONE;
    for (int t = 0; t < 130 && last != START_HOTSPOT; t += 5) {
      last = cut.next(offline(HOME));
      if (last == JOIN) {
        joinsAt.add(t);
      }
      after(5);
    }
    // at once, then 10, 20, 40 s later (backoff doubling); the hotspot at the 120 s grace
    assertEquals(List.of(0, 10, 30, 70), joinsAt);
    assertEquals(START_HOTSPOT, last);
  }

  @Test
  void aConnectionBackWithinTheGraceNeedsNoHotspot() {
    cut.next(connected());
    assertEquals(JOIN, cut.next(offline(HOME)));
    after(30);
    assertEquals(NONE, cut.next(connected()));
    after(200);
    assertEquals(NONE, cut.next(connected()));
  }

  @Test
  void moveHouseJoinsTheKnownNetworkWhenAScanSeesIt() {
    cut.next(offline(HOME)); // boot join fails
    after(10);
    assertEquals(START_HOTSPOT, cut.next(offline(HOME)));
    after(10);
    assertEquals(NONE, cut.next(hotspot(false)));
    after(10);
    assertEquals(JOIN, cut.next(hotspot(true)));
    after(10);
    assertEquals(NONE, cut.next(connected()));
    assertEquals(WifiPolicy.State.CONNECTED, cut.state());
  }

  @Test
  void aFailedJoinFromTheHotspotReopensItAndBacksOff() {
    cut.next(offline(HOME));
    after(10);
    cut.next(offline(HOME)); // hotspot
    after(10);
    assertEquals(JOIN, cut.next(hotspot(true)));
    after(10);
    // the join dropped the hotspot and failed: reopen it
    assertEquals(START_HOTSPOT, cut.next(offline(HOME)));
    after(5);
    // seen again, but the backoff (20 s after the second join, at t=20) is not over
    assertEquals(NONE, cut.next(hotspot(true)));
    after(5);
    assertEquals(JOIN, cut.next(hotspot(true)));
    after(10);
    assertEquals(START_HOTSPOT, cut.next(offline(HOME)));
    after(10);
    assertEquals(NONE, cut.next(hotspot(true))); // next one 40 s after t=40
    after(20);
    assertEquals(JOIN, cut.next(hotspot(true)));
  }

  @Test
  void theHotspotRetriesTheKnownNetworkBlindlyWhenScansSeeNothing() {
    cut.next(offline(HOME));
    after(10);
    cut.next(offline(HOME)); // hotspot opens at t=10, join at t=0
    int firstBlind = -1;
    for (int t = 20; t <= 700 && firstBlind < 0; t += 10) {
      after(10);
      if (cut.next(hotspot(false)) == JOIN) {
        firstBlind = t;
      }
    }
    assertEquals(600, firstBlind);
  }

  @Test
  void aHotspotTheUserOpenedStaysUntilTheUserClosesIt() {
    cut.next(connected());
    cut.userHotspot(true);
    for (int i = 0; i < 100; i++) {
      after(10);
      assertEquals(NONE, cut.next(hotspot(true)));
    }
    cut.userHotspot(false);
    assertEquals(JOIN, cut.next(offline(HOME)));
  }

  @Test
  void aFailedUserJoinReopensTheHotspotAtTheNextCheck() {
    cut.next(new Observation(false, true, false, null, false));
    cut.userJoined(false);
    after(10);
    assertEquals(START_HOTSPOT, cut.next(offline(HOME)));
  }

  @Test
  void withTheHotspotSwitchedOffTheKnownNetworkIsRetriedForever() {
    WifiPolicy noHotspot = policy(false);
    noHotspot.next(connected());
    int joins = 0;
    for (int t = 0; t < 3600; t += 10) {
      Action a = noHotspot.next(offline(HOME));
      assertEquals(true, a != START_HOTSPOT);
      joins += a == JOIN ? 1 : 0;
      after(10);
    }
    // 0, 10, 30, 70, 150, 310, then every 300 s: 16 joins in an hour
    assertEquals(16, joins);
  }

  @Test
  void nothingIsDoneWhileNetworkManagerIsActivating() {
    cut.next(connected());
    assertEquals(NONE, cut.next(new Observation(false, false, true, HOME, false)));
  }
}
