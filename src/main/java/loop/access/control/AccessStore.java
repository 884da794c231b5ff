package loop.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import loop.access.entity.AccessSettings;

/** The access component's only {@link EntityManager} user: the single settings row. */
@ApplicationScoped
public class AccessStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  /** The settings row; empty until a password was first set or cleared through the API. */
  @Transactional
  public Optional<AccessSettings> settings() {
    return Optional.ofNullable(em.find(AccessSettings.class, AccessSettings.ID));
  }

  /** Stores a new hash, or null for "no password". */
  @Transactional
  public void storeHash(String hash) {
    AccessSettings s = em.find(AccessSettings.class, AccessSettings.ID);
    if (s == null) {
      s = new AccessSettings();
      s.setPasswordHash(hash);
      em.persist(s);
    } else {
      s.setPasswordHash(hash);
    }
    em.flush();
  }
}
