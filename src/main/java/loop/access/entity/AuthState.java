package loop.access.entity;

/**
 * What {@code GET /api/auth} tells the UI: whether a password is set, and whether this caller
 * may use the API (true when no password is set, or with a valid session).
 */
public record AuthState(boolean passwordSet, boolean authenticated) {}
