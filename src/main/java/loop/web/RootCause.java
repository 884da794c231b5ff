package loop.web;

/** Finds the innermost cause of a failure, to describe it without a stack trace. */
final class RootCause {

  private RootCause() {}

  static Throwable of(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 20 && t.getCause() != null && t.getCause() != t; i++) {
      t = t.getCause();
    }
    return t;
  }

  /** True when the failure, anywhere in its cause chain, is a JSON parse or binding error. */
  static boolean isJsonProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.stream.JsonParsingException
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  /** A short, user-safe description: the JSON problem's message, otherwise a generic phrase. */
  static String describe(Throwable e) {
    if (isJsonProblem(e)) {
      return "the body is not valid JSON for this route.";
    }
    return "malformed request.";
  }
}
