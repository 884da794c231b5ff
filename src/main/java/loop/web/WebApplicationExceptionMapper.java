package loop.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own refusals (unknown route, wrong method, unsupported media type,
 * unreadable body) in the one envelope, each with a sentence instead of a bare status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    ApiException ours = ErrorResponses.ours(e);
    if (ours != null) {
      return ErrorResponses.of(ours);
    }
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    Response mapped = ErrorResponses.of(status, sentence(status, e));
    if (e instanceof NotAllowedException && original != null) {
      return Response.fromResponse(mapped).allow(original.getAllowedMethods()).build();
    }
    return mapped;
  }

  static String sentence(int status, Throwable e) {
    return switch (status) {
      case 400 -> "The request could not be read: " + RootCause.describe(e);
      case 404 -> "There is no such API route.";
      case 405 -> "This route does not accept that HTTP method.";
      case 406 -> "This route cannot answer in the requested format.";
      case 413 -> "The request body is too large.";
      case 415 -> "This route does not accept that content type.";
      default -> status >= 500 ? "The server failed to handle the request." : "Request refused.";
    };
  }
}
