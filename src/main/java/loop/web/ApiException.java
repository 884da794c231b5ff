package loop.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A refusal with an HTTP status and a sentence for the user; subclasses name the reason. Mapped
 * to the {@link Envelope} by {@link ApiExceptionMapper}, so no caller builds error JSON itself.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Object data;
  private final transient List<Envelope.FieldError> errors;

  public ApiException(int status, String message, Object data, List<Envelope.FieldError> errors) {
    super(message);
    this.status = status;
    this.data = data;
    this.errors = errors;
  }

  public ApiException(Response.Status status, String message) {
    this(status.getStatusCode(), message, null, null);
  }

  public int status() {
    return status;
  }

  public Object data() {
    return data;
  }

  public List<Envelope.FieldError> errors() {
    return errors;
  }

  /** 404 for something the user named that does not exist. */
  public static ApiException notFound(String message) {
    return new ApiException(Response.Status.NOT_FOUND, message);
  }

  /** 409 with the state the client should reload. */
  public static ApiException conflict(String message, Object current) {
    return new ApiException(409, message, current, null);
  }

  /** 503 for a subsystem this device does not (yet) offer. */
  public static ApiException unavailable(String message) {
    return new ApiException(Response.Status.SERVICE_UNAVAILABLE, message);
  }

  /** 400 for input that can never be right. */
  public static ApiException badRequest(String message) {
    return new ApiException(Response.Status.BAD_REQUEST, message);
  }
}
