package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class SqliteSessionTest {

  @Test
  void aReadIsNeverRetriedAfterTheConnectionWaitTimedOut() throws Exception {
    DatabaseSession session = new Project(new DatabaseLogin()).createDatabaseSession();
    DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
    assertNotEquals(0, login.getQueryRetryAttemptCount(), "EclipseLink retries by default");

    new SqliteSession().customize(session);

    assertEquals(0, login.getQueryRetryAttemptCount());
  }
}
