package loop.system.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite statements behind backup and restore, on one WAL-mode connection as the server's
 * pool has it: a copy is consistent, checks tell a Loop index from others, a restore replaces
 * the content in place and the connection stays usable.
 */
class SqliteSnapshotsTest {

  @TempDir Path dir;

  Connection live;

  @BeforeEach
  void liveIndex() throws SQLException {
    live = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("loop.db"));
    try (Statement s = live.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("CREATE TABLE MEDIA (ID INTEGER PRIMARY KEY, SLUG VARCHAR(255))");
      s.execute("CREATE TABLE LOOP_ENTRY (ID INTEGER PRIMARY KEY, SLUG VARCHAR(255))");
      s.execute("INSERT INTO MEDIA (SLUG) VALUES ('a'), ('b')");
      s.execute("INSERT INTO LOOP_ENTRY (SLUG) VALUES ('a')");
    }
  }

  @AfterEach
  void close() throws SQLException {
    live.close();
  }

  void exec(String sql) throws SQLException {
    try (Statement s = live.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void aCopyIsIntactAndHoldsTheRowsOfItsMoment() throws SQLException {
    Path copy = dir.resolve("copy.db");
    SqliteSnapshots.copyTo(live, copy);
    exec("INSERT INTO MEDIA (SLUG) VALUES ('c')");

    SqliteSnapshots.Check check = SqliteSnapshots.check(live, copy);

    assertTrue(check.intact());
    assertTrue(check.loops());
    assertEquals(2, check.items());
    assertEquals(1, check.loopEntries());
  }

  @Test
  void restoreReplacesTheLiveContentAndTheConnectionGoesOn() throws SQLException {
    Path copy = dir.resolve("copy.db");
    SqliteSnapshots.copyTo(live, copy);
    exec("DELETE FROM MEDIA");
    exec("DELETE FROM LOOP_ENTRY");

    SqliteSnapshots.restoreFrom(live, copy);

    assertEquals(2, SqliteSnapshots.counts(live)[0]);
    assertEquals(1, SqliteSnapshots.counts(live)[1]);
    exec("INSERT INTO MEDIA (SLUG) VALUES ('d')");
    assertEquals(3, SqliteSnapshots.counts(live)[0]);
  }

  @Test
  void aForeignDatabaseHasNoLoopTables() throws SQLException {
    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE CONTACTS (NAME TEXT)");
    }

    SqliteSnapshots.Check check = SqliteSnapshots.check(live, other);

    assertTrue(check.intact());
    assertFalse(check.loops());
  }

  @Test
  void garbageIsNotADatabaseAndTheConnectionIsNotLeftAttached() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "hello, not a database ".repeat(300));

    assertThrows(SQLException.class, () -> SqliteSnapshots.check(live, junk));

    Path copy = dir.resolve("copy.db");
    SqliteSnapshots.copyTo(live, copy);
    assertTrue(SqliteSnapshots.check(live, copy).intact()); // 'staged' was detached
  }

  @Test
  void pathsWithQuotesAreRefusedNotSpliced() {
    assertThrows(IllegalArgumentException.class,
        () -> SqliteSnapshots.quoted(dir.resolve("a\"b.db")));
  }

  String one(String sql) throws SQLException {
    try (Statement s = live.createStatement(); var r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  @Test
  void aRestoreKeepsTheLiveTableItIsToldToKeep() throws SQLException {
    exec("CREATE TABLE ACCESS_SETTINGS (ID INTEGER PRIMARY KEY, PASSWORDHASH VARCHAR(255))");
    exec("INSERT INTO ACCESS_SETTINGS VALUES (1, 'archive-hash')");
    Path copy = dir.resolve("copy.db");
    SqliteSnapshots.copyTo(live, copy); // the backup carries another password
    exec("UPDATE ACCESS_SETTINGS SET PASSWORDHASH = 'device-hash'");
    exec("INSERT INTO MEDIA (SLUG) VALUES ('c')");

    SqliteSnapshots.keepLiveTable(live, copy, "ACCESS_SETTINGS");
    SqliteSnapshots.restoreFrom(live, copy);

    assertEquals("device-hash", one("SELECT PASSWORDHASH FROM ACCESS_SETTINGS"));
    assertEquals("2", one("SELECT count(*) FROM MEDIA"), "everything else is the backup's");
  }

  @Test
  void aLiveIndexWithoutTheTableDropsItFromTheCopy() throws SQLException {
    Path copy = dir.resolve("copy.db");
    exec("CREATE TABLE ACCESS_SETTINGS (ID INTEGER PRIMARY KEY, PASSWORDHASH VARCHAR(255))");
    exec("INSERT INTO ACCESS_SETTINGS VALUES (1, 'archive-hash')");
    SqliteSnapshots.copyTo(live, copy);
    exec("DROP TABLE ACCESS_SETTINGS");

    SqliteSnapshots.keepLiveTable(live, copy, "ACCESS_SETTINGS");
    SqliteSnapshots.restoreFrom(live, copy);

    assertEquals(null, one("SELECT name FROM sqlite_master WHERE name = 'ACCESS_SETTINGS'"));
  }
}
