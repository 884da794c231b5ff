package loop.access.entity;

/** A new session: the token (cookie value or bearer) and when it expires (epoch ms). */
public record SessionGrant(String token, long expiresAt) {}
