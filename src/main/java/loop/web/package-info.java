/**
 * Cross-cutting HTTP concerns: the JAX-RS application under {@code /api}, the one body shape
 * ({@link loop.web.Envelope}) and the mappers that turn every failure into it, request-size
 * limits, the same-origin rule for changes ({@link loop.web.SameOrigin}: CSRF and CORS) and
 * security headers (a servlet filter, {@link loop.web.BrowserPolicy}, so the static UI gets its
 * Content Security Policy too). Who may call the API at all is the {@code access} component's.
 *
 * <p>Decisions: LOOP's envelope is kept rather than RFC 7807 Problem JSON, because LOOP clients
 * read {@code success} and {@code message}; failures add {@code data} (the current state on 409)
 * and {@code errors} (per field or per file). Failures outside JAX-RS (malformed URIs, unknown
 * static paths) are mapped by web.xml error pages to static JSON files of the same shape.
 * Validation failures are 400 (LOOP's FastAPI gave 422 with a different body).
 */
package loop.web;
