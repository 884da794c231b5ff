package loop.system.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import loop.system.control.IndexStore;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndexHealthCheckTest {

  @BeforeAll
  static void responses() {
    PlainHealthResponses.install();
  }

  static IndexHealthCheck with(IndexStore store) {
    IndexHealthCheck check = new IndexHealthCheck();
    check.index = store;
    return check;
  }

  @Test
  void upWhileTheIndexAnswers() {
    HealthCheckResponse r = with(new IndexStore() {
      @Override
      public boolean answers() {
        return true;
      }
    }).call();
    assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
    assertEquals("answers", r.getData().orElseThrow().get("sqlite"));
  }

  @Test
  void downWhenNoConnectionComesBack() {
    HealthCheckResponse r = with(new IndexStore() {
      @Override
      public boolean answers() {
        throw new jakarta.persistence.PersistenceException("J2CA0045E: Connection not available");
      }
    }).call();
    assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
    assertEquals("query failed (see the server log)", r.getData().orElseThrow().get("sqlite"));
  }
}
