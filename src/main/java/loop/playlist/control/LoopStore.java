package loop.playlist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import loop.playlist.entity.LoopEntry;
import loop.playlist.entity.LoopRevision;

/** The playlist component's only {@link EntityManager} user. */
@ApplicationScoped
public class LoopStore {

  @PersistenceContext(unitName = "loop")
  EntityManager em;

  public List<LoopEntry> inOrder() {
    return em.createNamedQuery(LoopEntry.IN_ORDER, LoopEntry.class).getResultList();
  }

  public Optional<LoopEntry> bySlug(String slug) {
    return em.createNamedQuery(LoopEntry.BY_SLUG, LoopEntry.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The revision row, created on first use. */
  public LoopRevision revision() {
    LoopRevision r = em.find(LoopRevision.class, LoopRevision.ID);
    if (r == null) {
      r = new LoopRevision();
      em.persist(r);
      em.flush();
    }
    return r;
  }

  /** Marks the loop changed: a new {@code lastUpdated} and a forced version increment. */
  public void bump(LoopRevision revision) {
    revision.touch();
    em.lock(revision, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
  }

  public void add(LoopEntry entry) {
    em.persist(entry);
  }

  public void remove(LoopEntry entry) {
    em.remove(entry);
  }

  public void flush() {
    em.flush();
  }
}
