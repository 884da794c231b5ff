package loop.playlist.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One item's place in the loop with its own play policy. A media item is "enabled" (LOOP's term)
 * when it has an entry; positions are contiguous from 0.
 */
@Entity
@Table(
    name = "LOOP_ENTRY",
    indexes = {
      @Index(name = "LOOP_SLUG", columnList = "SLUG", unique = true),
      @Index(name = "LOOP_POSITION", columnList = "POSITION")
    })
@NamedQuery(name = LoopEntry.IN_ORDER, query = "SELECT e FROM LoopEntry e ORDER BY e.position")
@NamedQuery(name = LoopEntry.BY_SLUG, query = "SELECT e FROM LoopEntry e WHERE e.slug = :slug")
public class LoopEntry {

  public static final String IN_ORDER = "LoopEntry.inOrder";
  public static final String BY_SLUG = "LoopEntry.bySlug";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private int position;

  /** How many passes before the next item; null = the configured default. */
  private Integer plays;

  /** Minimum seconds on screen before the next item; null = the configured default. */
  private Integer minSeconds;

  @Version private int version;

  protected LoopEntry() {}

  public LoopEntry(String slug, int position) {
    this.slug = slug;
    this.position = position;
  }

  public String getSlug() {
    return slug;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Integer getPlays() {
    return plays;
  }

  public Integer getMinSeconds() {
    return minSeconds;
  }

  /** Sets the per-item policy; null keeps the configured default. */
  public void policy(Integer plays, Integer minSeconds) {
    this.plays = plays;
    this.minSeconds = minSeconds;
  }
}
