package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.row.FillStream;
import dev.kythera.generation.domain.seed.row.ParentKeys;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What every engine's session does the same way over JDBC: one transaction, counts, keys, identity
 * ranges, batched UPDATEs for deferred foreign keys and the integrity check. Subclasses bring the
 * bulk insert path and how a table is emptied.
 */
abstract class JdbcSeedSession implements SeedSession {
  private static final int UPDATES_PER_BATCH = 2_000;

  protected final Connection connection;
  protected final TargetSql sql;
  protected final ValueBinder binder;

  JdbcSeedSession(Connection connection, Engine engine) throws SQLException {
    this.connection = connection;
    this.sql = TargetSql.of(engine);
    this.binder = new ValueBinder(engine);
    connection.setAutoCommit(false);
  }

  @Override
  public Engine engine() {
    return sql.engine();
  }

  @Override
  public long count(QualifiedName table) throws SQLException {
    return single("SELECT COUNT(*) FROM " + sql.table(table));
  }

  @Override
  public ParentKeys existingKeys(QualifiedName table, List<String> columns) throws SQLException {
    List<Object[]> keys = new ArrayList<>();
    String list = sql.columns(columns);
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT " + list + " FROM " + sql.table(table) + " ORDER BY " + list)) {
      while (rows.next()) {
        Object[] key = new Object[columns.size()];
        for (int i = 0; i < key.length; i++) {
          key[i] = rows.getObject(i + 1);
        }
        keys.add(key);
      }
    }
    return ParentKeys.of(keys);
  }

  @Override
  public long maxValue(QualifiedName table, String column) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT MAX(" + sql.name(column) + ") FROM " + sql.table(table))) {
      result.next();
      long max = result.getLong(1);
      return result.wasNull() ? Long.MIN_VALUE : max;
    }
  }

  @Override
  public ParentKeys insertedKeys(QualifiedName table, String column, long before, long expected)
      throws SQLException {
    if (expected == 0) {
      return ParentKeys.range(0, 1, 0);
    }
    String name = sql.name(column);
    String where = " FROM " + sql.table(table) + " WHERE " + name + " > ?";
    // MIN and MAX are two index lookups (a COUNT would read every row): the rows just inserted
    // hold distinct values above "before" and every row above it lies in [min, max], so when
    // that range has room for exactly the rows inserted, it is their values, in insert order
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT MIN(" + name + "), MAX(" + name + ")" + where)) {
      statement.setLong(1, before);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        long min = result.getLong(1);
        long max = result.getLong(2);
        if (!result.wasNull() && max - min + 1 == expected) {
          return ParentKeys.range(min, 1, expected);
        }
      }
    }
    // not consecutive (another writer, an increment above 1): the values themselves, in order
    List<Object[]> keys = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + name + where + " ORDER BY " + name)) {
      statement.setLong(1, before);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(new Object[] {rows.getLong(1)});
        }
      }
    }
    return ParentKeys.of(keys);
  }

  @Override
  public void deferConstraints() throws SQLException {
    // only PostgreSQL has deferrable constraints
  }

  @Override
  public long fill(DeferredFill fill, FillStream updates, WriteProgress progress)
      throws SQLException {
    String statementText =
        "UPDATE "
            + sql.table(fill.table())
            + " SET "
            + String.join(", ", fill.columns().stream().map(c -> sql.name(c) + " = ?").toList())
            + " WHERE "
            + sql.equalsParameters(fill.keyColumns());
    long updated = 0;
    try (PreparedStatement statement = connection.prepareStatement(statementText)) {
      int batched = 0;
      while (updates.hasNext()) {
        Object[] values = updates.next();
        for (int i = 0; i < values.length; i++) {
          binder.bind(statement, i + 1, values[i]);
        }
        statement.addBatch();
        updated++;
        if (++batched == UPDATES_PER_BATCH) {
          statement.executeBatch();
          batched = 0;
          if (!progress.proceed(updated)) {
            return updated;
          }
        }
      }
      if (batched > 0) {
        statement.executeBatch();
      }
    }
    return updated;
  }

  @Override
  public IntegrityReport verify(SchemaModel model, Collection<QualifiedName> tables)
      throws SQLException {
    return new IntegrityCheck(connection, sql).verify(model, tables);
  }

  @Override
  public void commit() throws SQLException {
    connection.commit();
  }

  @Override
  public void rollback() throws SQLException {
    connection.rollback();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing ends the transaction on the server either way; nothing left to do
    }
  }

  /** Rows that take every value from the database (a table of identity and defaults only). */
  protected long insertDefaults(TablePlan table, RowStream rows, WriteProgress progress)
      throws SQLException {
    String statementText =
        "INSERT INTO "
            + sql.table(table.table())
            + (engine() == Engine.MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
    long written = 0;
    try (Statement statement = connection.createStatement()) {
      while (rows.hasNext()) {
        rows.next();
        statement.addBatch(statementText);
        if (++written % UPDATES_PER_BATCH == 0) {
          statement.executeBatch();
          if (!progress.proceed(written)) {
            return written;
          }
        }
      }
      statement.executeBatch();
    }
    return written;
  }

  /** Whether a column of the table takes a SQL expression, which no bulk format can carry. */
  protected static boolean hasSqlExpressions(TablePlan table) {
    return table.values().stream()
        .anyMatch(column -> column.source() instanceof ColumnOverride.Sql);
  }

  protected long single(String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  protected void execute(String statementText) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(statementText);
    }
  }
}
