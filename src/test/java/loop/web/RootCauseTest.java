package loop.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

  @Test
  void findsOurRefusalWrappedByALibrary() {
    ApiException ours = ApiException.badRequest("no");
    RuntimeException wrapped = new RuntimeException(new IllegalStateException(ours));

    assertSame(ours, RootCause.find(wrapped, ApiException.class));
    assertNull(RootCause.find(new RuntimeException("plain"), ApiException.class));
  }

  @Test
  void aCyclicChainEndsAndJsonProblemsAreRecognised() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertNull(RootCause.find(a, ApiException.class));
    assertTrue(RootCause.isJsonProblem(new RuntimeException(new JsonParsingException("x", null))));
    assertFalse(RootCause.isJsonProblem(a));
  }
}
