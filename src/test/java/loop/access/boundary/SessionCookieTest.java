package loop.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void aBearerTokenIsReadFromTheAuthorizationHeader() {
    // (cookies need the JAX-RS runtime; the ITs cover them)
    assertEquals("b", SessionCookie.token("Bearer b", Map.of()));
    assertEquals("b", SessionCookie.token("bearer  b ", null));
    assertNull(SessionCookie.token("Basic x", Map.of()));
    assertNull(SessionCookie.token("Bearer ", Map.of()));
    assertNull(SessionCookie.token(null, Map.of()));
  }

  @Test
  void theCookieIsHttpOnlyStrictAndSecureOnlyOverHttps() {
    String c = SessionCookie.set("t", 60, false);

    assertEquals("loop_session=t; Path=/; Max-Age=60; HttpOnly; SameSite=Strict", c);
    assertTrue(SessionCookie.set("t", 60, true).endsWith("; Secure"));
    assertTrue(SessionCookie.clear(false).startsWith("loop_session=; Path=/; Max-Age=0"));
  }

  @Test
  void onlyTheStateAndTheSignInAreOpen() {
    assertTrue(AccessFilter.open("GET", "auth"));
    assertTrue(AccessFilter.open("GET", "/auth/"));
    assertTrue(AccessFilter.open("POST", "auth/login"));
    assertFalse(AccessFilter.open("POST", "auth/logout"));
    assertFalse(AccessFilter.open("PUT", "auth/password"));
    assertFalse(AccessFilter.open("GET", "media"));
    assertFalse(AccessFilter.open("POST", "auth"));
  }
}
