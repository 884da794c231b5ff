package loop.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import loop.access.control.AccessStore;
import loop.access.control.LoginThrottle;
import loop.access.control.PasswordHash;
import loop.access.control.Sessions;
import loop.access.entity.AccessSettings;
import loop.access.entity.AuthState;
import loop.access.entity.SessionGrant;
import loop.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional admin password and its sessions, as the HTTP boundary sees them. The current hash
 * is held in memory (every {@code /api} request asks whether one is set) and written through to
 * the index on every change; the configured preset applies until the API set or cleared one.
 */
@ApplicationScoped
public class Access {

  static final int MIN_PASSWORD = 8;
  static final int MAX_PASSWORD = 1024;
  private static final Logger LOG = Logger.getLogger(Access.class.getName());

  @Inject AccessStore store;
  @Inject Sessions sessions;
  @Inject LoginThrottle throttle;

  @Inject
  @ConfigProperty(name = "loop.auth.session-hours", defaultValue = "168")
  long sessionHours;

  @Inject
  @ConfigProperty(name = "loop.auth.password-hash")
  Optional<String> presetHash;

  private volatile boolean loaded;
  private volatile String hash;

  /** True when a password protects the API. */
  public boolean passwordSet() {
    return currentHash() != null;
  }

  /** True when the caller may use the API: no password is set, or the token is a live session. */
  public boolean admitted(String token) {
    return !passwordSet() || sessions.valid(token);
  }

  public AuthState state(String token) {
    return new AuthState(passwordSet(), admitted(token));
  }

  /** A session for the right password; 401 for a wrong one, 429 after too many from one address. */
  public SessionGrant login(String password, String client) {
    refuseWhileThrottled(client);
    if (!passwordSet()) {
      throw ApiException.badRequest("No password is set; the API is open without signing in.");
    }
    check(password, client, 401, "The password is wrong.");
    return sessions.open(lifetimeMs());
  }

  public void logout(String token) {
    sessions.close(token);
  }

  /**
   * Sets, changes or clears ({@code next} null or empty) the password. Without a password anyone
   * may set the first one; otherwise the caller holds a session (the filter saw to it) and must
   * give the current password. Other sessions end. Returns the caller's new session, or empty
   * when the password was cleared.
   */
  public Optional<SessionGrant> changePassword(String current, String next, String client) {
    if (passwordSet()) {
      refuseWhileThrottled(client);
      check(current, client, 403, "The current password is wrong.");
    }
    boolean clear = next == null || next.isEmpty();
    if (!clear && (next.length() < MIN_PASSWORD || next.length() > MAX_PASSWORD)) {
      throw ApiException.badRequest("The password must be " + MIN_PASSWORD + " to "
          + MAX_PASSWORD + " characters long.");
    }
    String newHash = clear ? null : PasswordHash.of(next);
    synchronized (this) {
      store.storeHash(newHash);
      hash = newHash;
      loaded = true;
    }
    sessions.closeAllBut(null);
    return clear ? Optional.empty() : Optional.of(sessions.open(lifetimeMs()));
  }

  long lifetimeMs() {
    return Math.max(1, sessionHours) * 3_600_000L;
  }

  private void check(String password, String client, int status, String sentence) {
    if (password == null || password.length() > MAX_PASSWORD
        || !PasswordHash.matches(password, currentHash())) {
      throw failed(client, status, sentence);
    }
    throttle.succeeded(client);
  }

  private ApiException failed(String client, int status, String sentence) {
    throttle.failed(client);
    return new ApiException(status, sentence, null, null);
  }

  private void refuseWhileThrottled(String client) {
    long wait = throttle.retryAfterSeconds(client);
    if (wait > 0) {
      throw new Throttled(wait);
    }
  }

  private String currentHash() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          // a row (even with no hash: cleared in the UI) wins over the preset
          Optional<AccessSettings> row = store.settings();
          hash = row.isPresent() ? row.get().getPasswordHash() : preset();
          loaded = true;
        }
      }
    }
    return hash;
  }

  private String preset() {
    String p = presetHash.map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    if (p != null && !PasswordHash.isWellFormed(p)) {
      // fail closed: a password was meant to be set, so no one signs in until it is fixed
      LOG.severe("loop.auth.password-hash is not a pbkdf2-sha256$<iterations>$<salt>$<hash> "
          + "value; no password will match until it is corrected.");
    }
    return p;
  }

  /** 429 with the seconds to wait, for {@code Retry-After}. */
  public static final class Throttled extends ApiException {
    private static final long serialVersionUID = 1L;
    private final long seconds;

    Throttled(long seconds) {
      super(429, "Too many wrong passwords from this device; try again in " + seconds
          + " seconds.", null, null);
      this.seconds = seconds;
    }

    public long seconds() {
      return seconds;
    }
  }
}
