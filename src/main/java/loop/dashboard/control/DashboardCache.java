package loop.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import loop.Change;
import loop.dashboard.entity.DashboardData;
import loop.system.entity.WifiChanged;

/**
 * The dashboard snapshot, kept until a change event drops it; no TTL. Events are observed after
 * their transaction commits, and a snapshot built while a change committed is not kept (a
 * generation counter guards it), so the very next read after a change always sees it.
 */
@ApplicationScoped
public class DashboardCache {

  private record Snapshot(long generation, DashboardData data) {}

  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  /** The cached snapshot, or a fresh one from {@code builder} when a change dropped it. */
  public DashboardData get(Supplier<DashboardData> builder) {
    long current = generation.get();
    Snapshot s = snapshot;
    if (s != null && s.generation() == current) {
      return s.data();
    }
    DashboardData built = builder.get();
    synchronized (this) {
      if (generation.get() == current) {
        snapshot = new Snapshot(current, built);
      }
    }
    return built;
  }

  /** Drops the snapshot; the next read rebuilds it. */
  public void invalidate() {
    generation.incrementAndGet();
  }

  /** True while a snapshot is held (for tests and figures). */
  public boolean holding() {
    Snapshot s = snapshot;
    return s != null && s.generation() == generation.get();
  }

  void on(@ObservesAsync WifiChanged e) {
    invalidate();
  }

  /** Any committed change the dashboard shows (media, jobs, loop, player, settings, restore). */
  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change e) {
    invalidate();
  }
}
