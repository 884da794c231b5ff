package loop.display.control;

import java.util.HashMap;
import java.util.Map;
import loop.display.entity.ScreenMessage;

/**
 * The messages waiting for the screen. The current one is the unexpired message with the highest
 * priority (the newest among equals); expired ones give way and are dropped. Thread-safe.
 */
public final class MessageBoard {

  private final Map<String, ScreenMessage> messages = new HashMap<>();
  private final Map<String, Long> posted = new HashMap<>();
  private long sequence;

  /** Posts or replaces (same key) a message. */
  public synchronized void post(ScreenMessage message) {
    messages.put(message.key(), message);
    posted.put(message.key(), ++sequence);
  }

  /** True while a message with {@code key} is posted (expired or not). */
  public synchronized boolean has(String key) {
    return messages.containsKey(key);
  }

  /** Withdraws a message; no-op when absent. */
  public synchronized void withdraw(String key) {
    messages.remove(key);
    posted.remove(key);
  }

  /** The message to show at {@code nowNanos}, or null when the screen is free for frames. */
  public synchronized ScreenMessage current(long nowNanos) {
    messages.values().removeIf(m -> m.expired(nowNanos));
    posted.keySet().retainAll(messages.keySet());
    ScreenMessage best = null;
    for (ScreenMessage m : messages.values()) {
      if (best == null || m.priority() > best.priority()
          || (m.priority() == best.priority() && posted.get(m.key()) > posted.get(best.key()))) {
        best = m;
      }
    }
    return best;
  }
}
