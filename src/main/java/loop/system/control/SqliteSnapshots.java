package loop.system.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Copies of the live SQLite index, made and put back through the application's own pooled
 * connection with SQLite's online backup API (sqlite-jdbc's {@code backup to} / {@code restore
 * from} statements). Why this way: the pool has one connection (stack-notes §4), so a second
 * connection would wait for it anyway, and the driver jar is a server library the application
 * cannot load itself. Holding the one connection also means nothing else reads or writes while a
 * copy is taken or put back, which is what makes both consistent; a restore is one transaction
 * on the destination, so readers see the old index or the new one, never a mix, and the WAL file
 * and the pool stay valid. Runs outside any JTA transaction ({@code NOT_SUPPORTED}), in
 * autocommit mode, which {@code ATTACH} needs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SqliteSnapshots {

  /** Tables a Loop index has (created by JPA); a copy without them is not Loop's. */
  public static final List<String> LOOP_TABLES = List.of("MEDIA", "LOOP_ENTRY");

  /** What a staged copy holds: whether it is intact, its tables, its media and loop rows. */
  public record Check(String integrity, Set<String> tables, long items, long loopEntries) {

    public boolean intact() {
      return "ok".equals(integrity);
    }

    public boolean loops() {
      return tables.containsAll(LOOP_TABLES);
    }
  }

  /** Work done while the one connection is held: nothing else touches the index meanwhile. */
  public interface Held<T> {
    T run(Connection c) throws Exception;
  }

  /**
   * Unshareable: a shareable handle closed outside a global transaction keeps its connection in
   * the thread's local transaction until the request ends, and with a pool of one every other
   * thread (the conversion worker a restore waits for, the player) would starve meanwhile.
   */
  @Resource(lookup = "jdbc/loop", shareable = false)
  DataSource dataSource;

  /** Runs {@code work} holding the pool's connection (autocommit, no transaction). */
  public <T> T holding(Held<T> work) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    }
  }

  /** Writes a consistent copy of the live index to {@code target} (a new file). */
  public static void copyTo(Connection c, Path target) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("backup to " + quoted(target));
    }
  }

  /** Replaces the live index with {@code source}'s content in one transaction. */
  public static void restoreFrom(Connection c, Path source) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("restore from " + quoted(source));
    }
  }

  /**
   * Makes the staged copy hold the live index's {@code table} exactly (its definition and rows),
   * so the restore that follows swaps in everything else and leaves that table as it is, in the
   * same SQLite transaction. For what belongs to the device, not to a backup (the admin
   * password). A live index without the table drops it from the copy too.
   */
  public static void keepLiveTable(Connection c, Path staged, String table) throws SQLException {
    try (Statement s = c.createStatement()) {
      String create = first(s, "SELECT sql FROM main.sqlite_master WHERE type = 'table' "
          + "AND upper(name) = '" + table + "'");
      s.execute("ATTACH DATABASE '" + staged.toString().replace("'", "''") + "' AS staged");
      try {
        s.execute("DROP TABLE IF EXISTS staged." + table);
        if (create != null) {
          s.execute(create.replaceFirst("(?i)^CREATE TABLE\\s+\"?" + table + "\"?",
              "CREATE TABLE staged." + table));
          s.execute("INSERT INTO staged." + table + " SELECT * FROM main." + table);
        }
      } finally {
        s.execute("DETACH DATABASE staged");
      }
    }
  }

  /** Checks a staged copy: {@code PRAGMA integrity_check}, its tables and row counts. */
  public static Check check(Connection c, Path copy) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ATTACH DATABASE '" + copy.toString().replace("'", "''") + "' AS staged");
      try {
        String integrity = first(s, "PRAGMA staged.integrity_check");
        Set<String> tables = new HashSet<>();
        try (ResultSet r = s.executeQuery(
            "SELECT upper(name) FROM staged.sqlite_master WHERE type = 'table'")) {
          while (r.next()) {
            tables.add(r.getString(1));
          }
        }
        boolean loops = tables.containsAll(LOOP_TABLES);
        long items = loops ? Long.parseLong(first(s, "SELECT count(*) FROM staged.MEDIA")) : 0;
        long loop = loops ? Long.parseLong(first(s, "SELECT count(*) FROM staged.LOOP_ENTRY")) : 0;
        return new Check(integrity, tables, items, loop);
      } finally {
        s.execute("DETACH DATABASE staged");
      }
    }
  }

  /** Rows of the live index's media and loop tables. */
  public static long[] counts(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      return new long[] {Long.parseLong(first(s, "SELECT count(*) FROM MEDIA")),
          Long.parseLong(first(s, "SELECT count(*) FROM LOOP_ENTRY"))};
    }
  }

  private static String first(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** The driver's own quoting: double quotes, so a path must not contain one. */
  static String quoted(Path p) {
    String s = p.toAbsolutePath().toString();
    if (s.indexOf('"') >= 0) {
      throw new IllegalArgumentException("a path with a double quote cannot be backed up: " + s);
    }
    return "\"" + s + "\"";
  }
}
