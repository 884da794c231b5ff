package loop.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the error {@link Envelope} responses for the exception mappers. */
final class ErrorResponses {

  private ErrorResponses() {}

  static Response of(int status, String message, Object data, List<Envelope.FieldError> errors) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Envelope.failure(message, data, errors))
        .build();
  }

  /** The first {@link ApiException} in the cause chain, if a library wrapped ours. */
  static ApiException ours(Throwable e) {
    return RootCause.find(e, ApiException.class);
  }

  static Response of(ApiException e) {
    return of(e.status(), e.getMessage(), e.data(), e.errors());
  }

  static Response of(int status, String message) {
    return of(status, message, null, null);
  }
}
