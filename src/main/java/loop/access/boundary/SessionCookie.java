package loop.access.boundary;

import jakarta.ws.rs.core.Cookie;
import java.util.Locale;
import java.util.Map;

/**
 * Where a session token travels: the {@code loop_session} cookie (HttpOnly, SameSite=Strict, for
 * the browser UI) or {@code Authorization: Bearer} (scripts, and requests that must not carry a
 * cookie).
 */
final class SessionCookie {

  static final String NAME = "loop_session";

  private SessionCookie() {}

  /** The bearer token if there is one, else the cookie's; null when neither is sent. */
  static String token(String authorization, Map<String, Cookie> cookies) {
    String bearer = bearer(authorization);
    if (bearer != null) {
      return bearer;
    }
    Cookie c = cookies == null ? null : cookies.get(NAME);
    return c == null || c.getValue().isEmpty() ? null : c.getValue();
  }

  /** The token of an {@code Authorization: Bearer <token>} header, or null. */
  static String bearer(String authorization) {
    if (authorization == null || authorization.length() < 8
        || !authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  /** The {@code Set-Cookie} value that hands the browser a session for {@code maxAgeSeconds}. */
  static String set(String token, long maxAgeSeconds, boolean secure) {
    return NAME + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  /** The {@code Set-Cookie} value that makes the browser forget its session. */
  static String clear(boolean secure) {
    return set("", 0, secure);
  }
}
