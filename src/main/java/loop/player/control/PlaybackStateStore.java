package loop.player.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import loop.player.entity.PlaybackState;

/** The player component's only {@link EntityManager} user: the single playback-state row. */
@ApplicationScoped
public class PlaybackStateStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  /** The state row, created with defaults on first use. */
  public PlaybackState state() {
    PlaybackState s = em.find(PlaybackState.class, PlaybackState.ID);
    if (s == null) {
      s = new PlaybackState();
      em.persist(s);
      em.flush();
    }
    return s;
  }

  public void flush() {
    em.flush();
  }
}
