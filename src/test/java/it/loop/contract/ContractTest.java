package it.loop.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself, on answers captured from a running server. */
class ContractTest {

  final Contract cut = Contract.get();

  static final String LOOP = "{\"data\":{\"entries\":[{\"min_seconds\":null,\"plays\":2,"
      + "\"position\":0,\"slug\":\"a_0123456789ab\"}],\"last_updated\":1795571699,"
      + "\"loop\":[\"a_0123456789ab\"],\"version\":3},\"errors\":null,\"message\":\"Loop\","
      + "\"success\":true}";

  List<String> problems(String method, String path, int status, String type, String body) {
    return cut.problems(new Contract.Exchange(method, path, status, type, body));
  }

  @Test
  void aRealAnswerPasses() {
    assertEquals(List.of(), problems("GET", "/api/loop", 200, "application/json", LOOP));
    assertEquals(List.of(), problems("DELETE", "/api/loop/a_0123456789ab", 200,
        "application/json", LOOP));
  }

  @Test
  void aRenamedAddedOrRetypedFieldFails() {
    assertTrue(problems("GET", "/api/loop", 200, "application/json",
        LOOP.replace("min_seconds", "minSeconds")).toString().contains("minSeconds"));
    assertTrue(problems("GET", "/api/loop", 200, "application/json",
        LOOP.replace("\"version\":3", "\"version\":\"3\"")).toString().contains("version"));
    assertTrue(!problems("GET", "/api/loop", 200, "application/json",
        LOOP.replace("\"errors\":null", "\"errors\":null,\"extra\":1")).isEmpty());
  }

  @Test
  void undocumentedStatusesAndTypesFail() {
    assertTrue(problems("GET", "/api/loop", 418, "application/json", LOOP).get(0)
        .contains("status 418 is not documented"));
    assertTrue(problems("GET", "/api/media/a_0123456789ab/thumbnail", 200, "image/jpeg", "x")
        .get(0).contains("content type"));
  }

  @Test
  void errorsUseTheEnvelope() {
    String failed = "{\"data\":null,\"errors\":null,\"message\":\"There is no media item.\","
        + "\"success\":false}";
    assertEquals(List.of(), problems("GET", "/api/media/a_0123456789ab", 404,
        "application/json", failed));
    assertEquals(List.of(), problems("GET", "/api/no/such", 404, "application/json", failed));
    assertEquals(List.of(), problems("PATCH", "/api/loop", 405, "application/json", failed));
    assertTrue(!problems("GET", "/api/media/a_0123456789ab", 404, "application/json",
        failed.replace("false", "true")).isEmpty());
  }

  @Test
  void theFiltersBeforeRoutingMayAnswerAnyPath() {
    String refused = "{\"data\":null,\"errors\":null,\"message\":\"Sign in first.\","
        + "\"success\":false}";
    assertEquals(List.of(), problems("GET", "/api/no/such", 401, "application/json", refused));
    assertEquals(List.of(), problems("PATCH", "/api/loop", 403, "application/json", refused));
    assertEquals(List.of(), problems("GET", "/api/media", 401, "application/json", refused));
    assertTrue(!problems("GET", "/api/no/such", 500, "application/json", refused).isEmpty());
    assertTrue(!problems("GET", "/api/auth", 401, "application/json", refused).isEmpty(),
        "the sign-in state is always open");
  }
}
