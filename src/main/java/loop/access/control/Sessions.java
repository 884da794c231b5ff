package loop.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import loop.access.entity.SessionGrant;

/**
 * Signed-in sessions, in memory only: random 256-bit tokens, kept as their SHA-256 so a heap dump
 * shows no usable token, each with an expiry. At most {@link #MAX} at once (the oldest goes
 * first), so a flood of logins cannot grow the heap. A restart signs everyone out.
 */
@ApplicationScoped
public class Sessions {

  static final int MAX = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Long> expiryByHash = new LinkedHashMap<>();
  LongSupplier clock = System::currentTimeMillis;

  /** A new session valid for {@code lifetimeMs}. */
  public synchronized SessionGrant open(long lifetimeMs) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    long expiresAt = clock.getAsLong() + lifetimeMs;
    dropExpired();
    while (expiryByHash.size() >= MAX) {
      Iterator<String> oldest = expiryByHash.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    expiryByHash.put(hash(token), expiresAt);
    return new SessionGrant(token, expiresAt);
  }

  /** True for a token of a session that exists and has not expired. */
  public synchronized boolean valid(String token) {
    if (token == null || token.isEmpty() || token.length() > 128) {
      return false;
    }
    Long expiresAt = expiryByHash.get(hash(token));
    if (expiresAt == null) {
      return false;
    }
    if (expiresAt <= clock.getAsLong()) {
      expiryByHash.remove(hash(token));
      return false;
    }
    return true;
  }

  /** Ends one session (logout); quiet for unknown tokens. */
  public synchronized void close(String token) {
    if (token != null) {
      expiryByHash.remove(hash(token));
    }
  }

  /** Ends every session except {@code keep}'s (password changed); null ends all. */
  public synchronized void closeAllBut(String keep) {
    String kept = keep == null ? null : hash(keep);
    expiryByHash.keySet().removeIf(h -> !h.equals(kept));
  }

  synchronized int size() {
    return expiryByHash.size();
  }

  private void dropExpired() {
    long now = clock.getAsLong();
    expiryByHash.values().removeIf(expiresAt -> expiresAt <= now);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
