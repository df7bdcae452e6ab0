package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.row.FillStream;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: rows go in with {@code COPY ... FROM STDIN}, streamed from the generator through the
 * driver's CopyManager; deferred foreign keys are copied into a temporary table and applied with
 * one {@code UPDATE ... FROM}. TRUNCATE is transactional here, so a cancelled run leaves nothing;
 * after a TRUNCATE the foreign keys among the emptied tables are put back only once the rows are
 * in.
 */
final class PostgresSeedSession extends JdbcSeedSession {
  private static final int COPY_BUFFER = 64 * 1024;

  private final CopyManager copy;

  /** Statements that put back the foreign keys taken off for a truncate-and-load. */
  private final List<String> postponed = new ArrayList<>();

  PostgresSeedSession(Connection connection) throws SQLException {
    super(connection, Engine.POSTGRESQL);
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  @Override
  public void empty(List<QualifiedName> childrenFirst) throws SQLException {
    if (!childrenFirst.isEmpty()) {
      execute(
          "TRUNCATE TABLE "
              + childrenFirst.stream().map(sql::table).collect(Collectors.joining(", "))
              + " RESTART IDENTITY");
      postponeForeignKeys(childrenFirst);
    }
  }

  /**
   * Takes off the foreign keys between the tables just emptied, to put them back (same name,
   * definition and comment) before the check or the commit: PostgreSQL then validates each one in a
   * single join instead of a lookup and a lock of the parent row for every row copied, about three
   * times faster on a schema of many linked tables. Only keys whose tables are both plain tables
   * this role owns, both emptied: TRUNCATE already holds them exclusively, and it is all one
   * transaction, so a rollback (or a key that does not hold) leaves the schema as it was.
   */
  private void postponeForeignKeys(List<QualifiedName> emptied) throws SQLException {
    if (connection.getMetaData().getDatabaseMajorVersion() < 11) {
      return; // conparentid (keys inherited by partitions) is PostgreSQL 11+
    }
    String query =
        "SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid),"
            + " quote_literal(obj_description(c.oid, 'pg_constraint'))"
            + " FROM pg_constraint c"
            + " JOIN pg_class child ON child.oid = c.conrelid"
            + " JOIN pg_class parent ON parent.oid = c.confrelid"
            + " WHERE c.contype = 'f' AND c.conparentid = 0"
            + " AND child.relkind = 'r' AND parent.relkind = 'r'"
            + " AND c.conrelid IN (SELECT unnest(?::text[])::regclass)"
            + " AND c.confrelid IN (SELECT unnest(?::text[])::regclass)"
            + " AND pg_has_role(child.relowner, 'USAGE') AND pg_has_role(parent.relowner, 'USAGE')"
            + " ORDER BY c.oid";
    List<String[]> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      Array tables = connection.createArrayOf("text", emptied.stream().map(sql::table).toArray());
      statement.setArray(1, tables);
      statement.setArray(2, tables);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(
              new String[] {
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)
              });
        }
      }
    }
    for (String[] key : keys) {
      execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
      postponed.add("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2]);
      if (key[3] != null) {
        postponed.add("COMMENT ON CONSTRAINT " + key[1] + " ON " + key[0] + " IS " + key[3]);
      }
    }
  }

  /** Puts the postponed foreign keys back; each validates the rows in one pass. */
  private void restoreForeignKeys() throws SQLException {
    for (String statement : postponed) {
      execute(statement);
    }
    postponed.clear();
  }

  @Override
  public IntegrityReport verify(SchemaModel model, Collection<QualifiedName> tables)
      throws SQLException {
    restoreForeignKeys();
    return super.verify(model, tables);
  }

  @Override
  public void commit() throws SQLException {
    restoreForeignKeys();
    super.commit();
  }

  @Override
  public void rollback() throws SQLException {
    postponed.clear(); // the rollback brings them back
    super.rollback();
  }

  @Override
  public void deferConstraints() throws SQLException {
    execute("SET CONSTRAINTS ALL DEFERRED");
  }

  @Override
  public long insert(TablePlan table, RowStream rows, WriteProgress progress) throws SQLException {
    if (table.columns().isEmpty()) {
      return insertDefaults(table, rows, progress);
    }
    if (hasSqlExpressions(table)) {
      return new InsertBatches(connection, sql, binder, 1_000, 10)
          .insert(sql.table(table.table()), table.columns(), rows, progress);
    }
    RowBytes bytes = new RowBytes(rows, BulkText.POSTGRESQL, progress);
    String statement =
        "COPY " + sql.table(table.table()) + " (" + sql.columns(table.columns()) + ") FROM STDIN";
    try {
      copy.copyIn(statement, bytes, COPY_BUFFER);
    } catch (IOException e) {
      throw new SQLException("COPY into " + table.table() + " failed: " + e.getMessage(), e);
    }
    progress.proceed(bytes.rows());
    return bytes.rows();
  }

  @Override
  public long fill(DeferredFill fill, FillStream updates, WriteProgress progress)
      throws SQLException {
    List<String> columns = updates.columns();
    List<String> staged = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      staged.add("c" + i);
    }
    String temp = sql.name("kythera_fill");
    execute("DROP TABLE IF EXISTS " + temp);
    // the staging table copies the target's column types, so COPY converts values the same way
    StringBuilder create =
        new StringBuilder("CREATE TEMP TABLE " + temp + " ON COMMIT DROP AS SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      create
          .append(i == 0 ? "" : ", ")
          .append(sql.name(columns.get(i)))
          .append(" AS ")
          .append(staged.get(i));
    }
    create.append(" FROM ").append(sql.table(fill.table())).append(" WITH NO DATA");
    execute(create.toString());
    RowBytes bytes = new RowBytes(updates, BulkText.POSTGRESQL, progress);
    try {
      copy.copyIn("COPY " + temp + " FROM STDIN", bytes, COPY_BUFFER);
    } catch (IOException e) {
      throw new SQLException("COPY of foreign key values failed: " + e.getMessage(), e);
    }
    int keyCount = fill.columns().size();
    StringBuilder update = new StringBuilder("UPDATE " + sql.table(fill.table()) + " t SET ");
    for (int i = 0; i < keyCount; i++) {
      update
          .append(i == 0 ? "" : ", ")
          .append(sql.name(fill.columns().get(i)))
          .append(" = s.c")
          .append(i);
    }
    update.append(" FROM ").append(temp).append(" s WHERE ");
    for (int i = keyCount; i < columns.size(); i++) {
      update
          .append(i == keyCount ? "" : " AND ")
          .append("t.")
          .append(sql.name(columns.get(i)))
          .append(" = s.c")
          .append(i);
    }
    execute(update.toString());
    execute("DROP TABLE " + temp);
    return bytes.rows();
  }
}
