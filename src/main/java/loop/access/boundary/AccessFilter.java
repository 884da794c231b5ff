package loop.access.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import loop.web.Envelope;

/**
 * With a password set, every {@code /api} request needs a live session (cookie or bearer),
 * except reading the sign-in state and signing in. Runs before routing, so unknown routes are
 * 401 too and reveal nothing; before body limits, so no body is read for a stranger.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

  @Inject Access access;

  @Override
  public void filter(ContainerRequestContext request) {
    if (open(request.getMethod(), request.getUriInfo().getPath())) {
      return;
    }
    String token = SessionCookie.token(request.getHeaderString(HttpHeaders.AUTHORIZATION),
        request.getCookies());
    if (!access.admitted(token)) {
      request.abortWith(Response.status(401).type(MediaType.APPLICATION_JSON_TYPE)
          .header("WWW-Authenticate", "Bearer")
          .entity(Envelope.failure(token == null
              ? "Sign in first: this Loop is protected by a password."
              : "Your session has ended; sign in again.", null, null))
          .build());
    }
  }

  /** The routes that never need a session: the sign-in state and the sign-in itself. */
  static boolean open(String method, String path) {
    String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
    return ("GET".equals(method) || "HEAD".equals(method)) && p.equals("auth")
        || "POST".equals(method) && p.equals("auth/login");
  }
}
