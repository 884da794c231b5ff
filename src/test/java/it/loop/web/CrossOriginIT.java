package it.loop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.LoopIT;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Same-origin by default: CSRF refusals, no CORS grants, and the browser security headers. */
class CrossOriginIT extends LoopIT {

  static final String EVIL = "http://evil.example";
  static final String FRIEND = "http://friend.example";

  String ownOrigin() {
    URI u = URI.create(url.toString());
    return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
  }

  Api.Reply cleanup(String header, String value) {
    return api().send(api().request("/api/media/cleanup").header(header, value)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  static void noCorsGrant(Api.Reply r) {
    assertTrue(r.raw().headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
        "no Access-Control-Allow-Origin on " + r.raw().uri());
  }

  @Test
  void aChangeFromAnotherSiteIsRefusedWithAnEnvelope() {
    Api.Reply foreign = cleanup("Origin", EVIL);

    assertEquals(403, foreign.status(), foreign.body());
    assertFalse(foreign.object().getBoolean("success"));
    assertTrue(foreign.message().contains("another site"), foreign.message());
    noCorsGrant(foreign);
    assertEquals(403, cleanup("Origin", "null").status(), "sandboxed pages too");
    assertEquals(403, cleanup("Sec-Fetch-Site", "cross-site").status(), "no Origin: fetch metadata");
    assertEquals(403, api().send(api().request("/api/loop").header("Origin", EVIL)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"loop\":[]}"))).status());
    assertEquals(403, api().send(api().request("/api/uploads").header("Origin", EVIL)
        .header("Tus-Resumable", "1.0.0").header("Upload-Length", "10")
        .POST(HttpRequest.BodyPublishers.noBody())).status(), "tus creation too");
  }

  @Test
  void theSameOriginAndBearerCallersMayChangeThings() {
    Api.Reply same = cleanup("Origin", ownOrigin());
    assertEquals(200, same.status(), same.body());
    noCorsGrant(same);
    assertEquals(200, cleanup("Sec-Fetch-Site", "same-origin").status());
    assertEquals(200, api().post("/api/media/cleanup").status(), "no Origin: not a browser form");
    Api.Reply bearer = api().send(api().request("/api/media/cleanup").header("Origin", EVIL)
        .header("Authorization", "Bearer whatever").POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, bearer.status(), "a bearer token is never sent by a browser on its own");
  }

  @Test
  void readsAndPreflightsFromAnotherSiteGetNoCorsGrant() {
    Api.Reply read = api().send(api().request("/api/dashboard").header("Origin", EVIL).GET());
    assertEquals(200, read.status());
    noCorsGrant(read);

    Api.Reply preflight = api().send(api().request("/api/uploads").header("Origin", EVIL)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "tus-resumable, upload-length")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, preflight.status(), preflight.body());
    noCorsGrant(preflight);
    assertTrue(preflight.raw().headers().firstValue("Access-Control-Allow-Methods").isEmpty());
  }

  @Test
  void anExplicitlyAllowedOriginGetsPreflightsAndItsOwnOriginBackNeverAWildcard()
      throws Exception {
    Path dropin = Path.of(System.getProperty("wlp.home"), "usr", "servers",
        System.getProperty("liberty.server.name"), "configDropins", "overrides",
        "it-allowed-origins.xml");
    Files.writeString(dropin, "<server>\n  <variable name=\"loop.web.allowed-origins\" "
        + "value=\"" + FRIEND + ", http://other.example:8080\"/>\n</server>\n");
    try {
      Api.Reply preflight = null;
      for (int i = 0; i < 300; i++) { // the server polls its configuration
        preflight = api().send(api().request("/api/uploads").header("Origin", FRIEND)
            .header("Access-Control-Request-Method", "POST")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        if (preflight.status() == 204) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals(204, preflight.status());
      HttpHeaders h = preflight.raw().headers();
      assertEquals(FRIEND, h.firstValue("Access-Control-Allow-Origin").orElse(""));
      assertTrue(h.firstValue("Access-Control-Allow-Headers").orElse("").contains("Upload-Offset"));
      assertTrue(h.firstValue("Access-Control-Allow-Methods").orElse("").contains("PATCH"));

      Api.Reply change = cleanup("Origin", FRIEND);
      assertEquals(200, change.status(), change.body());
      assertEquals(FRIEND, change.raw().headers().firstValue("Access-Control-Allow-Origin")
          .orElse(""));
      assertTrue(change.raw().headers().firstValue("Access-Control-Expose-Headers").orElse("")
          .contains("Location"));
      Api.Reply evil = cleanup("Origin", EVIL);
      assertEquals(403, evil.status());
      noCorsGrant(evil);
    } finally {
      Files.deleteIfExists(dropin);
    }
    for (int i = 0; i < 300 && cleanup("Origin", FRIEND).status() != 403; i++) {
      Thread.sleep(100);
    }
    assertEquals(403, cleanup("Origin", FRIEND).status(), "back to same-origin only");
  }

  @Test
  void theUiFilesAndTheApiCarryTheSecurityHeaders() {
    HttpHeaders page = api().bytes("/").headers();
    HttpHeaders json = api().get("/api/dashboard").raw().headers();
    HttpHeaders missing = api().bytes("/no-such-file.js").headers();

    for (HttpHeaders h : new HttpHeaders[] {page, json, missing}) {
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
          && csp.contains("script-src 'self'") && csp.contains("base-uri 'none'"), csp);
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""));
    }
  }
}
