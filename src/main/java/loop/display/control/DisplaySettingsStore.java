package loop.display.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import loop.display.entity.DisplaySettings;

/** The display component's only {@link EntityManager} user: the single settings row. */
@ApplicationScoped
public class DisplaySettingsStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  /** The settings row, created with defaults on first use (joins or starts a transaction). */
  @Transactional
  public DisplaySettings settings() {
    DisplaySettings s = em.find(DisplaySettings.class, DisplaySettings.ID);
    if (s == null) {
      s = new DisplaySettings();
      em.persist(s);
      em.flush();
    }
    return s;
  }

  public void flush() {
    em.flush();
  }
}
