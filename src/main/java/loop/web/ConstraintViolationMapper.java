package loop.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400, one {@code errors} entry per field, a summary message. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Envelope.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Envelope.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Envelope.FieldError::field))
            .toList();
    String first = errors.isEmpty() ? "invalid input" : errors.get(0).error();
    return ErrorResponses.of(400, "Invalid request: " + first, null, errors);
  }

  /** The last node of the property path: the parameter or body field name. */
  static String field(ConstraintViolation<?> v) {
    String path = String.valueOf(v.getPropertyPath());
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
