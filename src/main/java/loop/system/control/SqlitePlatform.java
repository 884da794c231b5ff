package loop.system.control;

import java.util.Hashtable;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink database platform for SQLite, which EclipseLink does not ship.
 *
 * <p>Identity ids use SQLite's rowid ({@code INTEGER PRIMARY KEY} plus {@code last_insert_rowid()}),
 * paging is {@code LIMIT ? OFFSET ?} (SQLite cursors are forward-only), foreign keys are left to
 * hand-written DDL (SQLite cannot {@code ALTER TABLE ADD CONSTRAINT}) and {@code FOR UPDATE} is
 * never printed (SQLite has one writer; Loop relies on {@code @Version} optimistic locking).
 */
@SuppressWarnings({"deprecation", "removal"})
public class SqlitePlatform extends DatabasePlatform {

  private static final long serialVersionUID = 1L;

  @Override
  protected Hashtable<Class<?>, FieldTypeDefinition> buildFieldTypes() {
    Hashtable<Class<?>, FieldTypeDefinition> types = super.buildFieldTypes();
    FieldTypeDefinition integer = new FieldTypeDefinition("INTEGER", false);
    for (Class<?> c :
        new Class<?>[] {
          Long.class, long.class, Integer.class, int.class, Short.class, short.class,
          Byte.class, byte.class, java.math.BigInteger.class
        }) {
      types.put(c, integer);
    }
    types.put(Boolean.class, new FieldTypeDefinition("BOOLEAN", false));
    types.put(boolean.class, new FieldTypeDefinition("BOOLEAN", false));
    types.put(Double.class, new FieldTypeDefinition("REAL", false));
    types.put(double.class, new FieldTypeDefinition("REAL", false));
    types.put(Float.class, new FieldTypeDefinition("REAL", false));
    types.put(float.class, new FieldTypeDefinition("REAL", false));
    types.put(java.math.BigDecimal.class, new FieldTypeDefinition("NUMERIC", false));
    types.put(String.class, new FieldTypeDefinition("TEXT", false));
    return types;
  }

  @Override
  public boolean supportsIdentity() {
    return true;
  }

  @Override
  public ValueReadQuery buildSelectQueryForIdentity() {
    return new ValueReadQuery("SELECT last_insert_rowid()");
  }

  @Override
  public void printFieldIdentityClause(java.io.Writer writer) {
    // INTEGER PRIMARY KEY is already an alias of the rowid: nothing to print.
  }

  @Override
  public boolean supportsForeignKeyConstraints() {
    return false;
  }

  @Override
  public boolean shouldPrintForUpdateClause() {
    return false;
  }

  @Override
  public boolean supportsGlobalTempTables() {
    return false;
  }

  @Override
  public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
    return maxResults - ((firstResultIndex >= 0) ? firstResultIndex : 0);
  }

  /** Pages with {@code LIMIT ? OFFSET ?}; the generic platform's {@code absolute()} fails here. */
  @Override
  public void printSQLSelectStatement(
      DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
    int max = statement.getQuery() == null ? 0 : statement.getQuery().getMaxRows();
    if (max <= 0 || !shouldUseRownumFiltering()) {
      super.printSQLSelectStatement(call, printer, statement);
      return;
    }
    statement.setUseUniqueFieldAliases(true);
    call.setFields(statement.printSQL(printer));
    printer.printString(" LIMIT ");
    printer.printParameter(DatabaseCall.MAXROW_FIELD);
    printer.printString(" OFFSET ");
    printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
    call.setIgnoreFirstRowSetting(true);
    call.setIgnoreMaxResultsSetting(true);
  }

  @Override
  public String toString() {
    return "SQLite";
  }

}
