package loop.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Cross-site request forgery and CORS for {@code /api}. An unsafe request (POST, PUT, PATCH,
 * DELETE) from a page of another origin is refused with 403: its {@code Origin} must be this
 * server's own scheme://host:port or one of {@code loop.web.allowed-origins}; without an {@code
 * Origin}, a {@code Sec-Fetch-Site: cross-site} refuses it too. Requests with a bearer token are
 * exempt: a browser never adds that header on its own. No wildcard CORS ever: only the listed
 * origins get {@code Access-Control-Allow-Origin} and answers to their preflights.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class SameOrigin implements ContainerRequestFilter, ContainerResponseFilter {

  static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
  static final String ALLOW_HEADERS = "Content-Type, Authorization, Tus-Resumable, "
      + "Upload-Length, Upload-Offset, Upload-Metadata, Upload-Checksum, Upload-Defer-Length, "
      + "Upload-Concat, X-HTTP-Method-Override, X-Requested-With";
  static final String EXPOSE_HEADERS = "Location, Tus-Resumable, Tus-Version, Tus-Extension, "
      + "Tus-Max-Size, Upload-Offset, Upload-Length, Upload-Expires, Upload-Metadata, "
      + "Loop-Media-Slug, Retry-After";

  @Inject Config config;

  /** Read at every use, so the list can change without a restart (a config dropin). */
  Supplier<Optional<String>> allowedOriginsConfig =
      () -> config.getOptionalValue("loop.web.allowed-origins", String.class);

  Set<String> allowed() {
    return allowedOriginsConfig.get().map(s -> Arrays.stream(s.split(","))
        .map(SameOrigin::normalise).filter(o -> !o.isEmpty()).collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    String method = request.getMethod();
    if ("OPTIONS".equals(method) && origin != null
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      request.abortWith(preflight(origin));
      return;
    }
    if (!UNSAFE.contains(method) || hasBearer(request.getHeaderString("Authorization"))) {
      return;
    }
    String own = own(request.getUriInfo().getRequestUri());
    boolean foreign = origin != null
        ? !normalise(origin).equals(own) && !allowed().contains(normalise(origin))
        : "cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"));
    if (foreign) {
      request.abortWith(ErrorResponses.of(403, "Refused: this change came from another site ("
          + (origin == null ? "cross-site" : abbreviate(origin)) + "). Use Loop's own page."));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    var headers = response.getHeaders();
    headers.remove("Access-Control-Allow-Origin"); // never a wildcard, whoever set it
    if (origin != null && allowed().contains(normalise(origin))) {
      headers.putSingle("Access-Control-Allow-Origin", normalise(origin));
      headers.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
      headers.add("Vary", "Origin");
    }
  }

  private Response preflight(String origin) {
    if (!allowed().contains(normalise(origin))) {
      return ErrorResponses.of(403, "Cross-origin requests from " + abbreviate(origin)
          + " are not allowed (see loop.web.allowed-origins).");
    }
    return Response.noContent()
        .header("Access-Control-Allow-Origin", normalise(origin))
        .header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS")
        .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
        .header("Access-Control-Expose-Headers", EXPOSE_HEADERS)
        .header("Access-Control-Max-Age", "600")
        .header("Vary", "Origin")
        .build();
  }

  static boolean hasBearer(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && authorization.length() > 7;
  }

  /** This request's own origin, {@code scheme://host:port}, as the client addressed it. */
  static String own(URI request) {
    return normalise(request.getScheme() + "://" + request.getRawAuthority());
  }

  /** Lower-case scheme and host, default ports dropped, no trailing slash; "" when unusable. */
  static String normalise(String origin) {
    try {
      URI u = URI.create(origin.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        return "";
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean standard = port == -1 || scheme.equals("http") && port == 80
          || scheme.equals("https") && port == 443;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String abbreviate(String s) {
    String clean = s.replaceAll("[^\\x20-\\x7E]", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
