package loop.system.control;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * What Loop does about WiFi, as a pure state machine: fed an {@link Observation} on every check,
 * it answers one {@link Action}. Time comes from the injected clock only, so tests drive it with a
 * fake one.
 *
 * <ul>
 *   <li>Boot: a working connection is kept; else the configured network is tried once; else (or
 *       when that fails) the setup hotspot opens.
 *   <li>Lost connection: the configured network is retried at once, then with backoff ({@code
 *       retryMin} doubling to {@code retryMax}); after {@code grace} without a connection the
 *       hotspot opens.
 *   <li>Hotspot up ("move house"): the configured network is tried whenever a scan sees it (with
 *       the same backoff), and blindly every {@code blindRetry} (radios that cannot scan while
 *       serving a hotspot); joining drops the hotspot, a failed join reopens it.
 *   <li>A hotspot the user switched on stays until the user switches it off or joins a network.
 * </ul>
 */
public final class WifiPolicy {

  /** What to do now. */
  public enum Action {
    NONE,
    /** Join the configured network (dropping the hotspot if it is up). */
    JOIN,
    /** Open the setup hotspot. */
    START_HOTSPOT
  }

  /**
   * What the device looks like now.
   *
   * @param connected joined to a network as a client
   * @param hotspotActive the setup hotspot is up
   * @param busy NetworkManager is activating something (left alone, but time runs)
   * @param configuredSsid the network to keep joining, or null
   * @param configuredVisible a recent scan saw {@code configuredSsid}
   */
  public record Observation(boolean connected, boolean hotspotActive, boolean busy,
      String configuredSsid, boolean configuredVisible) {}

  /** The policy's own state (exposed for tests and logs). */
  public enum State { BOOT, CONNECTED, LOST, HOTSPOT, HELD }

  private final InstantSource clock;
  private final Duration grace;
  private final Duration retryMin;
  private final Duration retryMax;
  private final Duration blindRetry;
  private final boolean hotspotEnabled;

  private State state = State.BOOT;
  private Instant lostAt;
  private Instant nextJoin = Instant.MIN;
  private Instant lastJoin = Instant.MIN;
  private Instant nextHotspot = Instant.MIN;
  private Duration joinBackoff;
  private Duration hotspotBackoff;

  public WifiPolicy(InstantSource clock, Duration grace, Duration retryMin, Duration retryMax,
      Duration blindRetry, boolean hotspotEnabled) {
    this.clock = clock;
    this.grace = grace;
    this.retryMin = retryMin;
    this.retryMax = retryMax;
    this.blindRetry = blindRetry;
    this.hotspotEnabled = hotspotEnabled;
    this.joinBackoff = retryMin;
    this.hotspotBackoff = retryMin;
  }

  public State state() {
    return state;
  }

  /** The action for this observation; call it on every periodic check. */
  public synchronized Action next(Observation o) {
    Instant now = clock.instant();
    if (o.connected()) {
      state = State.CONNECTED;
      joinBackoff = retryMin;
      hotspotBackoff = retryMin;
      nextJoin = Instant.MIN;
      return Action.NONE;
    }
    if (state == State.HELD || o.busy()) {
      return Action.NONE;
    }
    boolean configured = o.configuredSsid() != null && !o.configuredSsid().isEmpty();
    return switch (state) {
      case BOOT -> configured ? bootJoin(now) : hotspot(now, o);
      case CONNECTED -> lose(now, configured);
      case LOST -> whileLost(now, o, configured);
      case HOTSPOT -> whileHotspot(now, o, configured);
      case HELD -> Action.NONE;
    };
  }

  /** The user switched the hotspot on (held until switched off) or off. */
  public synchronized void userHotspot(boolean on) {
    if (on) {
      state = State.HELD;
    } else {
      state = State.LOST;
      lostAt = clock.instant();
      nextJoin = Instant.MIN;
    }
  }

  /** The user asked to join a network: on failure the hotspot may reopen at the next check. */
  public synchronized void userJoined(boolean ok) {
    Instant now = clock.instant();
    state = ok ? State.CONNECTED : State.LOST;
    lostAt = now.minus(grace);
    nextJoin = now.plus(retryMin);
  }

  /** One try at boot; if it does not connect, the next check opens the hotspot. */
  private Action bootJoin(Instant now) {
    state = State.LOST;
    lostAt = now.minus(grace);
    return join(now);
  }

  private Action lose(Instant now, boolean configured) {
    state = State.LOST;
    lostAt = now;
    return configured ? join(now) : Action.NONE;
  }

  private Action whileLost(Instant now, Observation o, boolean configured) {
    if (hotspotEnabled && !now.isBefore(lostAt.plus(grace))) {
      return hotspot(now, o);
    }
    return configured && !now.isBefore(nextJoin) ? join(now) : Action.NONE;
  }

  private Action whileHotspot(Instant now, Observation o, boolean configured) {
    if (!o.hotspotActive()) {
      return hotspot(now, o);
    }
    boolean due = !now.isBefore(nextJoin)
        && (o.configuredVisible() || !now.isBefore(lastJoin.plus(blindRetry)));
    return configured && due ? join(now) : Action.NONE;
  }

  private Action join(Instant now) {
    lastJoin = now;
    nextJoin = now.plus(joinBackoff);
    joinBackoff = min(joinBackoff.multipliedBy(2), retryMax);
    nextHotspot = Instant.MIN; // a hotspot our own join dropped reopens at once if it fails
    hotspotBackoff = retryMin;
    return Action.JOIN;
  }

  private Action hotspot(Instant now, Observation o) {
    if (!hotspotEnabled) {
      state = State.LOST;
      lostAt = lostAt == null ? now : lostAt;
      return o.configuredSsid() != null && !now.isBefore(nextJoin) ? join(now) : Action.NONE;
    }
    state = State.HOTSPOT;
    if (o.hotspotActive() || now.isBefore(nextHotspot)) {
      return Action.NONE;
    }
    nextHotspot = now.plus(hotspotBackoff);
    hotspotBackoff = min(hotspotBackoff.multipliedBy(2), retryMax);
    if (lastJoin.equals(Instant.MIN)) {
      lastJoin = now; // the blind retry counts from the hotspot's opening
    }
    return Action.START_HOTSPOT;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
