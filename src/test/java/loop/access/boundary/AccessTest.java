package loop.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import loop.access.control.AccessStore;
import loop.access.control.LoginThrottle;
import loop.access.control.PasswordHash;
import loop.access.control.Sessions;
import loop.access.entity.AccessSettings;
import loop.access.entity.SessionGrant;
import loop.web.ApiException;
import org.junit.jupiter.api.Test;

class AccessTest {

  /** The settings row in memory instead of SQLite. */
  static final class MemoryStore extends AccessStore {
    AccessSettings row;

    @Override
    public Optional<AccessSettings> settings() {
      return Optional.ofNullable(row);
    }

    @Override
    public void storeHash(String hash) {
      row = row == null ? new AccessSettings() : row;
      row.setPasswordHash(hash);
    }
  }

  MemoryStore store = new MemoryStore();
  Access cut = access(Optional.empty());

  Access access(Optional<String> preset) {
    Access a = new Access();
    a.store = store;
    a.sessions = new Sessions();
    a.throttle = new LoginThrottle();
    a.sessionHours = 2;
    a.presetHash = preset;
    return a;
  }

  @Test
  void withoutAPasswordEveryoneIsAdmittedAndTheFirstOneNeedsNoCurrent() {
    assertFalse(cut.passwordSet());
    assertTrue(cut.admitted(null));
    assertThrows(ApiException.class, () -> cut.login("whatever1", "c"));

    SessionGrant g = cut.changePassword(null, "first password", "c").orElseThrow();

    assertTrue(cut.passwordSet());
    assertTrue(cut.admitted(g.token()));
    assertFalse(cut.admitted(null));
    assertTrue(PasswordHash.matches("first password", store.row.getPasswordHash()));
    assertFalse(store.row.getPasswordHash().contains("first password"));
  }

  @Test
  void shortPasswordsAreRefusedAndWrongCurrentOnesToo() {
    ApiException shortOne = assertThrows(ApiException.class,
        () -> cut.changePassword(null, "1234567", "c"));
    assertEquals(400, shortOne.status());
    cut.changePassword(null, "first password", "c");

    ApiException wrong = assertThrows(ApiException.class,
        () -> cut.changePassword("not it at all", "second password", "c"));
    assertEquals(403, wrong.status());
    assertEquals(401, assertThrows(ApiException.class, () -> cut.login("nope nope", "c"))
        .status());
  }

  @Test
  void aChangeEndsOtherSessionsAndClearingOpensTheApi() {
    cut.changePassword(null, "first password", "c");
    SessionGrant other = cut.login("first password", "d");

    SessionGrant mine = cut.changePassword("first password", "second password", "c")
        .orElseThrow();

    assertFalse(cut.admitted(other.token()));
    assertTrue(cut.admitted(mine.token()));
    assertTrue(cut.changePassword("second password", "", "c").isEmpty());
    assertFalse(cut.passwordSet());
    assertNull(store.row.getPasswordHash());
  }

  @Test
  void theSixthWrongPasswordInAMinuteIsThrottled() {
    cut.changePassword(null, "first password", "c");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, assertThrows(ApiException.class, () -> cut.login("wrong one", "x"))
          .status());
    }

    Access.Throttled t = assertThrows(Access.Throttled.class,
        () -> cut.login("first password", "x"));

    assertEquals(429, t.status());
    assertTrue(t.seconds() > 0 && t.seconds() <= 60);
    cut.login("first password", "y");
  }

  @Test
  void theConfiguredPresetAppliesUntilTheApiSetOrClearedOne() {
    Access preset = access(Optional.of(PasswordHash.of("installer pass")));
    assertTrue(preset.passwordSet());
    preset.login("installer pass", "c");

    store.storeHash(null); // cleared in the UI earlier
    assertFalse(access(Optional.of(PasswordHash.of("installer pass"))).passwordSet());
  }

  @Test
  void aMalformedPresetLocksRatherThanOpens() {
    Access broken = access(Optional.of("plain-text-password"));

    assertTrue(broken.passwordSet());
    assertThrows(ApiException.class, () -> broken.login("plain-text-password", "c"));
  }
}
