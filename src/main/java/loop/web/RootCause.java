package loop.web;

/** Looks through a failure's cause chain, to answer for what really went wrong. */
final class RootCause {

  private RootCause() {}

  /** The first throwable of {@code type} in {@code e}'s cause chain, or null. Cycle-safe. */
  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 32; depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return null;
  }

  /** True when the failure, anywhere in its cause chain, is a JSON parse or binding error. */
  static boolean isJsonProblem(Throwable e) {
    return find(e, jakarta.json.bind.JsonbException.class) != null
        || find(e, jakarta.json.JsonException.class) != null;
  }

  /** A short, user-safe description: the JSON problem's message, otherwise a generic phrase. */
  static String describe(Throwable e) {
    if (isJsonProblem(e)) {
      return "the body is not valid JSON for this route.";
    }
    return "malformed request.";
  }
}
