package loop.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims. Unreadable JSON becomes 400, a lost optimistic-lock race 409
 * (the client reloads), anything else 500 with a generic sentence; the stack trace goes to the
 * log only, never to the user.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    ApiException ours = ErrorResponses.ours(e);
    if (ours != null) {
      return ErrorResponses.of(ours);
    }
    if (RootCause.isJsonProblem(e)) {
      return ErrorResponses.of(400, "The request could not be read: " + RootCause.describe(e));
    }
    if (causedByLockConflict(e)) {
      return ErrorResponses.of(
          409, "Someone else changed this at the same moment; reload and try again.");
    }
    LOG.log(Level.SEVERE, "unhandled failure", e);
    return ErrorResponses.of(500, "The server failed to handle the request; the log has details.");
  }

  static boolean causedByLockConflict(Throwable e) {
    return RootCause.find(e, OptimisticLockException.class) != null;
  }
}
