package loop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  @Test
  void originsCompareWithoutDefaultPortsCaseOrTrailingSlash() {
    assertEquals("http://loop.local", SameOrigin.normalise("HTTP://Loop.Local:80/"));
    assertEquals("https://x:8443", SameOrigin.normalise("https://x:8443"));
    assertEquals("", SameOrigin.normalise("null"));
    assertEquals("", SameOrigin.normalise("not a url"));
    assertEquals("http://192.168.4.1:9080",
        SameOrigin.own(URI.create("http://192.168.4.1:9080/api/media")));
  }

  @Test
  void onlyListedOriginsAreAllowedNeverAWildcard() {
    SameOrigin cut = new SameOrigin();
    cut.allowedOriginsConfig = () -> Optional.of(" http://a.example:8080 , *, https://b.example/ ");

    assertEquals(Set.of("http://a.example:8080", "https://b.example"), cut.allowed());
    cut.allowedOriginsConfig = Optional::empty;
    assertTrue(cut.allowed().isEmpty());
  }

  @Test
  void onlyABearerTokenExemptsFromTheOriginCheck() {
    assertTrue(SameOrigin.hasBearer("Bearer abc"));
    assertTrue(SameOrigin.hasBearer("bearer abc"));
    assertFalse(SameOrigin.hasBearer("Bearer "));
    assertFalse(SameOrigin.hasBearer("Basic abc"));
    assertFalse(SameOrigin.hasBearer(null));
  }
}
