package loop.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} wrong passwords from one client address
 * within a minute, that address is refused until the minute is over. Remembers at most {@link
 * #MAX_CLIENTS} addresses (least recently seen forgotten first), so it is bounded in memory.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final long WINDOW_MS = 60_000;
  static final int MAX_CLIENTS = 1024;

  /** Failures of one address in the window that started at {@code since}. */
  private static final class Window {
    long since;
    int failures;
  }

  private final Map<String, Window> byClient = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
      return size() > MAX_CLIENTS;
    }
  };
  LongSupplier clock = System::currentTimeMillis;

  /** Seconds until {@code client} may try again; 0 when it may try now. */
  public synchronized long retryAfterSeconds(String client) {
    Window w = byClient.get(client);
    long now = clock.getAsLong();
    if (w == null || now - w.since >= WINDOW_MS) {
      return 0;
    }
    return w.failures < MAX_FAILURES ? 0 : Math.max(1, (w.since + WINDOW_MS - now + 999) / 1000);
  }

  /** Counts a wrong password from {@code client}. */
  public synchronized void failed(String client) {
    long now = clock.getAsLong();
    Window w = byClient.computeIfAbsent(client, k -> new Window());
    if (now - w.since >= WINDOW_MS) {
      w.since = now;
      w.failures = 0;
    }
    w.failures++;
  }

  /** A right password: the address starts afresh. */
  public synchronized void succeeded(String client) {
    byClient.remove(client);
  }

  synchronized int clients() {
    return byClient.size();
  }
}
