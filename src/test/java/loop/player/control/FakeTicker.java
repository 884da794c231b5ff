package loop.player.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock that only moves when the loop waits: a park jumps to its deadline, or to the next
 * scripted event (which then runs, like a signal arriving mid-frame).
 */
final class FakeTicker implements Ticker {

  record Event(long at, Runnable action) {}

  private final List<Event> events = new ArrayList<>();
  private long now;

  /** Runs {@code action} when the clock reaches {@code atMs}. */
  FakeTicker at(long atMs, Runnable action) {
    events.add(new Event(atMs * 1_000_000L, action));
    events.sort(Comparator.comparingLong(Event::at));
    return this;
  }

  @Override
  public long now() {
    return now;
  }

  long nowMs() {
    return now / 1_000_000L;
  }

  @Override
  public void parkUntil(long deadline) {
    if (!events.isEmpty() && events.get(0).at() <= deadline) {
      Event e = events.remove(0);
      now = Math.max(now, e.at());
      e.action().run();
      return;
    }
    now = Math.max(now, deadline);
  }

  @Override
  public void wake(Thread thread) {}
}
