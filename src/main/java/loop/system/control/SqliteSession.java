package loop.system.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Session settings for the local SQLite index ({@code eclipselink.session.customizer}).
 *
 * <p>No query retry: EclipseLink re-runs a read that failed with what it takes for a lost link
 * to a database server (by default three times), and it takes a wait for the pool's only
 * connection that timed out for one. Here there is no link to lose, so a retry only keeps the
 * caller waiting, and whatever lock it holds held, for another 30 s per attempt; failing at once
 * lets the request end (and free what it held) and the caller's own retry decide.
 */
public class SqliteSession implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
