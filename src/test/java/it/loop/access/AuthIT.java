package it.loop.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.LoopIT;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

/**
 * The optional admin password, off and on: open API without one; with one, 401 without a
 * session, the cookie and a bearer token work, logout ends a session, wrong passwords are 401
 * and then throttled (429), a change ends other sessions, clearing opens the API again. The
 * server is left without a password: other ITs share it.
 */
class AuthIT extends LoopIT {

  static final String PASSWORD = "correct horse battery";
  static final String NEW_PASSWORD = "staple horse battery";

  Api.Reply as(String token, HttpRequest.Builder b) {
    return api().send(b.header("Authorization", "Bearer " + token));
  }

  Api.Reply withCookie(String token, HttpRequest.Builder b) {
    return api().send(b.header("Cookie", "loop_session=" + token));
  }

  Api.Reply login(Api client, String password) {
    return client.post("/api/auth/login", "{\"password\":\"" + password + "\"}");
  }

  @Test
  void withoutAPasswordTheApiIsOpenWithOneItNeedsASession() throws IOException {
    Api api = api();
    Api.Reply open = api.get("/api/auth");
    assertFalse(open.data().getBoolean("password_set"), open.body());
    assertTrue(open.data().getBoolean("authenticated"));
    assertEquals(200, api.post("/api/media/cleanup").status(), "mutations allowed");
    assertEquals(400, api.put("/api/auth/password", "{\"password\":\"short\"}").status());

    Api.Reply set = api.put("/api/auth/password", "{\"password\":\"" + PASSWORD + "\"}");
    assertEquals(200, set.status(), set.body());
    String cookie = set.raw().headers().firstValue("Set-Cookie").orElseThrow();
    String first = set.data().getString("token");
    assertTrue(cookie.startsWith("loop_session=" + first + ";"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict")
        && cookie.contains("Path=/") && cookie.contains("Max-Age="), cookie);
    assertTrue(set.data().getJsonNumber("expires_at").longValue() > System.currentTimeMillis());
    String current = first;
    String password = PASSWORD;
    try {
      Api.Reply stranger = api.get("/api/media");
      assertEquals(401, stranger.status());
      assertEquals("Bearer", stranger.raw().headers().firstValue("WWW-Authenticate").orElse(""));
      assertFalse(stranger.object().getBoolean("success"));
      assertTrue(stranger.message().contains("Sign in"), stranger.message());
      assertEquals(401, api.post("/api/media/cleanup").status());
      assertEquals(401, api.get("/api/no/such/route").status(), "no route enumeration");
      assertEquals(401, api.get("/api/backup").status(), "no device archive for strangers");
      Api.Reply state = api.get("/api/auth");
      assertTrue(state.data().getBoolean("password_set"));
      assertFalse(state.data().getBoolean("authenticated"));
      int health = new Api(root()).get("/health/ready").status();
      assertTrue(health == 200 || health == 503, "health stays open, was " + health);
      assertEquals(200, api.bytes("/").statusCode(), "the UI files stay servable");

      assertEquals(200, withCookie(first, api.request("/api/media").GET()).status());
      assertTrue(withCookie(first, api.request("/api/auth").GET()).data()
          .getBoolean("authenticated"));
      assertEquals(401, withCookie("forged", api.request("/api/media").GET()).status());

      Api.Reply wrong = login(api, "not the password");
      assertEquals(401, wrong.status());
      assertTrue(wrong.message().contains("wrong"), wrong.message());
      Api.Reply signedIn = login(api, PASSWORD);
      assertEquals(200, signedIn.status(), signedIn.body());
      String bearer = signedIn.data().getString("token");
      assertNotEquals(first, bearer);
      assertEquals(200, as(bearer, api.request("/api/media").GET()).status());
      assertEquals(200, as(bearer, api.request("/api/auth/logout")
          .POST(HttpRequest.BodyPublishers.noBody())).status());
      assertEquals(401, as(bearer, api.request("/api/media").GET()).status(), "logged out");

      Api.Reply badCurrent = withCookie(first, api.request("/api/auth/password")
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
              "{\"current_password\":\"nope nope\",\"password\":\"" + NEW_PASSWORD + "\"}")));
      assertEquals(403, badCurrent.status(), badCurrent.body());
      assertEquals(401, api.put("/api/auth/password", "{\"current_password\":\"" + PASSWORD
          + "\",\"password\":\"" + NEW_PASSWORD + "\"}").status(), "a change needs a session");

      Api.Reply other = login(api, PASSWORD);
      Api.Reply changed = withCookie(first, api.request("/api/auth/password")
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
              "{\"current_password\":\"" + PASSWORD + "\",\"password\":\"" + NEW_PASSWORD
                  + "\"}")));
      assertEquals(200, changed.status(), changed.body());
      password = NEW_PASSWORD;
      current = changed.data().getString("token");
      assertEquals(401, as(other.data().getString("token"), api.request("/api/media").GET())
          .status(), "a password change ends other sessions");
      assertEquals(200, as(current, api.request("/api/media").GET()).status());
      assertEquals(200, login(api, NEW_PASSWORD).status());

      // throttling is per client address: this one guesses from 127.0.0.2
      for (int i = 0; i < 5; i++) {
        assertTrue(loginFrom("127.0.0.2", "guess number " + i).startsWith("HTTP/1.1 401"));
      }
      String throttled = loginFrom("127.0.0.2", NEW_PASSWORD);
      assertTrue(throttled.startsWith("HTTP/1.1 429"), throttled);
      Matcher retry = Pattern.compile("(?im)^Retry-After: *(\\d+)").matcher(throttled);
      assertTrue(retry.find(), throttled);
      assertTrue(Integer.parseInt(retry.group(1)) > 0 && Integer.parseInt(retry.group(1)) <= 60);
      assertTrue(throttled.contains("try again"), throttled);
      assertEquals(200, login(api, NEW_PASSWORD).status(), "other addresses are not blocked");
    } finally {
      Api.Reply cleared = as(current, api.request("/api/auth/password")
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
              "{\"current_password\":\"" + password + "\",\"password\":null}")));
      assertEquals(200, cleared.status(), cleared.body());
    }
    assertFalse(api.get("/api/auth").data().getBoolean("password_set"));
    assertEquals(200, api.post("/api/media/cleanup").status(), "open again");
  }

  private URL root() {
    try {
      return new URL(url, "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A login over a socket bound to another loopback address (HttpClient cannot choose one). */
  private String loginFrom(String address, String password) throws IOException {
    String body = "{\"password\":\"" + password + "\"}";
    String path = url.getPath().replaceAll("/$", "") + "/api/auth/login";
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(address, 0));
      s.connect(new InetSocketAddress(url.getHost(), url.getPort()), 10_000);
      s.setSoTimeout(30_000);
      s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + url.getHost() + ":"
          + url.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: "
          + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
          + body).getBytes(StandardCharsets.UTF_8));
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
