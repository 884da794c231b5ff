/**
 * Cross-cutting HTTP concerns: the JAX-RS application under {@code /api}, the one body shape
 * ({@link loop.web.Envelope}) and the mappers that turn every failure into it, request-size
 * limits and security headers.
 *
 * <p>Decisions: LOOP's envelope is kept rather than RFC 7807 Problem JSON, because LOOP clients
 * read {@code success} and {@code message}; failures add {@code data} (the current state on 409)
 * and {@code errors} (per field or per file). Failures outside JAX-RS (malformed URIs, unknown
 * static paths) are mapped by web.xml error pages to static JSON files of the same shape.
 * Validation failures are 400 (LOOP's FastAPI gave 422 with a different body).
 */
package loop.web;
