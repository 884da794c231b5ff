package it.loop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.loop.Api;
import it.loop.Deployments;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hot queries use indexes: {@code EXPLAIN QUERY PLAN} on the index file the server created
 * (its real schema, read-only beside the running server). The SQL is what EclipseLink makes of
 * the named queries in {@code MediaItem}, {@code ProcessingJob} and {@code LoopEntry} (the
 * selected columns do not change a plan, so {@code *} stands for them). A lookup must
 * {@code SEARCH} an index; an ordered page may walk an index in order ({@code SCAN ... USING
 * INDEX}, stopped by LIMIT) but never scan the table or sort it in a temp b-tree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndexPlanIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.loop();
  }

  @ArquillianResource URL url;

  Connection index() throws SQLException {
    new Api(url).get("/api/dashboard"); // the unit creates its tables on first use
    Path db = Path.of(System.getProperty("loop.it.data.dir", "target/it-data"), "loop.db");
    return DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
  }

  static List<String> plan(Connection c, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
      while (r.next()) {
        lines.add(r.getString("detail"));
      }
    }
    return lines;
  }

  static void searches(Connection c, String sql, String index) throws SQLException {
    List<String> plan = plan(c, sql);
    assertTrue(plan.stream().anyMatch(l -> l.startsWith("SEARCH ") && l.contains(index)),
        sql + " should search " + index + ": " + plan);
    noFullScanOrSort(sql, plan);
  }

  static void walksInOrder(Connection c, String sql, String index) throws SQLException {
    List<String> plan = plan(c, sql);
    assertTrue(plan.stream().anyMatch(l -> l.contains("USING INDEX " + index)
        || l.contains("USING COVERING INDEX " + index)), sql + " should use " + index + ": " + plan);
    noFullScanOrSort(sql, plan);
  }

  static void noFullScanOrSort(String sql, List<String> plan) {
    for (String line : plan) {
      boolean fullScan = line.startsWith("SCAN ") && !line.contains(" USING ");
      assertTrue(!fullScan && !line.contains("TEMP B-TREE"), sql + ": " + plan);
    }
  }

  @Test
  void hotQueriesUseIndexes() throws SQLException {
    try (Connection c = index()) {
      String page = " ORDER BY UPLOADEDAT DESC, ID DESC LIMIT 101";
      walksInOrder(c, "SELECT * FROM MEDIA" + page, "MEDIA_UPLOADED"); // first page, dashboard
      searches(c, "SELECT * FROM MEDIA WHERE UPLOADEDAT <= ? AND (UPLOADEDAT < ? OR ID < ?)"
          + page, "MEDIA_UPLOADED"); // the page after a cursor
      walksInOrder(c, "SELECT COUNT(ID) FROM MEDIA", "MEDIA_"); // media_total: index only
      searches(c, "SELECT * FROM MEDIA WHERE SLUG = ?", "MEDIA_SLUG");
      searches(c, "SELECT SLUG FROM MEDIA WHERE PROCESSINGSTATUS = ?", "MEDIA_STATUS");
      searches(c, "SELECT COUNT(ID) FROM MEDIA WHERE PACKNAME = ?", "MEDIA_PACK");
      searches(c, "SELECT * FROM PROCESSING_JOB WHERE STATUS IN (?) ORDER BY CREATEDAT",
          "JOB_QUEUE"); // the worker's claim
      searches(c, "SELECT * FROM PROCESSING_JOB WHERE SLUG = ?", "JOB_SLUG");
      walksInOrder(c, "SELECT * FROM LOOP_ENTRY ORDER BY POSITION", "LOOP_POSITION");
      searches(c, "SELECT * FROM LOOP_ENTRY WHERE SLUG = ?", "LOOP_SLUG");
    }
  }

  @Test
  void aQueryWithoutItsIndexIsCaught() throws SQLException {
    try (Connection c = index()) {
      List<String> plan = plan(c, "SELECT * FROM MEDIA WHERE FILENAME = ?");
      assertEquals(1, plan.size(), plan.toString());
      assertTrue(plan.get(0).startsWith("SCAN MEDIA") && !plan.get(0).contains("USING"),
          "the check must see a full scan for what it is: " + plan);
    }
  }
}
