package loop.playlist.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row whose {@code @Version} stands for the loop as a whole: every loop edit bumps it,
 * so a client that edits from an old copy of the order is refused with 409 instead of silently
 * undoing someone else's change.
 */
@Entity
@Cacheable(false)
@Table(name = "LOOP_REVISION")
public class LoopRevision {

  public static final long ID = 1L;

  @Id private Long id = ID;

  /** Epoch seconds of the last change (LOOP's {@code last_updated}). */
  private long lastUpdated;

  @Version private int version;

  public long getLastUpdated() {
    return lastUpdated;
  }

  public int getVersion() {
    return version;
  }

  /** Marks a change; the version moves on at commit. */
  public void touch() {
    this.lastUpdated = System.currentTimeMillis() / 1000;
  }
}
