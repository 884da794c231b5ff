package loop.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Asks the SQLite index whether it answers; the system component's only EntityManager user. */
@ApplicationScoped
public class IndexStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  /** True when a trivial query round-trips through the pool to SQLite. */
  @Transactional
  public boolean answers() {
    Object one = em.createNativeQuery("SELECT 1").getSingleResult();
    return one != null && ((Number) one).intValue() == 1;
  }

  /** Drops every entity EclipseLink keeps in its shared cache (the index was replaced). */
  public void forgetCached() {
    em.getEntityManagerFactory().getCache().evictAll();
  }
}
