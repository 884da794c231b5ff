package loop.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import loop.access.entity.SessionGrant;
import loop.web.ApiException;
import loop.web.Envelope;

/**
 * The optional admin password: state, sign in, sign out, set/change/clear. {@code GET /api/auth}
 * and {@code POST /api/auth/login} are always open; the rest follows {@link AccessFilter}.
 */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  /** {@code {"password"}}. */
  public record LoginRequest(String password) {}

  /** {@code {"current_password"?, "password"}}; {@code password} null or empty clears it. */
  public record PasswordRequest(String currentPassword, String password) {}

  @Inject Access access;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servletRequest;
  @Context UriInfo uri;

  @GET
  public Envelope state() {
    return Envelope.ok("Access", access.state(token()));
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response login(LoginRequest body) {
    String password = body == null ? null : body.password();
    return throttled(() -> signedIn("Signed in", access.login(password, client())));
  }

  @POST
  @Path("logout")
  public Response logout() {
    access.logout(token());
    return Response.ok(Envelope.ok("Signed out", null))
        .header("Set-Cookie", SessionCookie.clear(secure())).build();
  }

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response password(PasswordRequest body) {
    if (body == null) {
      throw ApiException.badRequest("Send {\"current_password\", \"password\"}.");
    }
    return throttled(() -> {
      Optional<SessionGrant> grant =
          access.changePassword(body.currentPassword(), body.password(), client());
      return grant.map(g -> signedIn("Password set; this device stays signed in", g))
          .orElseGet(() -> Response.ok(Envelope.ok(
                  "Password removed; the API is open without signing in", null))
              .header("Set-Cookie", SessionCookie.clear(secure())).build());
    });
  }

  private Response signedIn(String message, SessionGrant g) {
    long maxAge = Math.max(0, (g.expiresAt() - System.currentTimeMillis()) / 1000);
    return Response.ok(Envelope.ok(message, g))
        .header("Set-Cookie", SessionCookie.set(g.token(), maxAge, secure()))
        .header("Cache-Control", "no-store").build();
  }

  private static Response throttled(Supplier<Response> action) {
    try {
      return action.get();
    } catch (Access.Throttled e) {
      return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
          .header("Retry-After", e.seconds())
          .entity(Envelope.failure(e.getMessage(), Map.of("retry_after_seconds", e.seconds()),
              null))
          .build();
    }
  }

  private String token() {
    return SessionCookie.token(headers.getHeaderString(HttpHeaders.AUTHORIZATION),
        headers.getCookies());
  }

  private String client() {
    return servletRequest.getRemoteAddr();
  }

  private boolean secure() {
    return "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
  }
}
