package loop.player.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The persisted part of playback: which item is active, paused or not, and the loop mode. */
@Entity
@Cacheable(false)
@Table(name = "PLAYBACK_STATE")
public class PlaybackState {

  public static final long ID = 1L;

  @Id private Long id = ID;

  private String activeSlug;
  private boolean paused;

  @Enumerated(EnumType.STRING)
  private LoopMode loopMode = LoopMode.ALL;

  @Version private int version;

  public String getActiveSlug() {
    return activeSlug;
  }

  public void setActiveSlug(String activeSlug) {
    this.activeSlug = activeSlug;
  }

  public boolean isPaused() {
    return paused;
  }

  public void setPaused(boolean paused) {
    this.paused = paused;
  }

  public LoopMode getLoopMode() {
    return loopMode;
  }

  public void setLoopMode(LoopMode loopMode) {
    this.loopMode = loopMode;
  }

  /** A detached copy of what matters to playback. */
  public View view() {
    return new View(activeSlug, paused, loopMode, version);
  }

  /** The state at one version. */
  public record View(String activeSlug, boolean paused, LoopMode loopMode, int version) {}

  public int getVersion() {
    return version;
  }
}
