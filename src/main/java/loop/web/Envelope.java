package loop.web;

import java.util.List;

/**
 * LOOP's response envelope, the one body shape of every {@code /api} answer except the raw
 * dashboard routes: {@code {"success", "message", "data", "errors"}}, all four always present.
 * Failures carry a human {@code message}, optional {@code data} (the current state on a 409) and
 * per-field {@code errors}.
 */
public record Envelope(boolean success, String message, Object data, List<FieldError> errors) {

  /** One problem with one input: which field and what is wrong, in words. */
  public record FieldError(String field, String error) {}

  public static Envelope ok(String message, Object data) {
    return new Envelope(true, message, data, null);
  }

  public static Envelope failure(String message, Object data, List<FieldError> errors) {
    return new Envelope(false, message, data, errors);
  }
}
