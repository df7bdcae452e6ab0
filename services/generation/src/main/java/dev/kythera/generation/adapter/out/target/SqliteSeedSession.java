package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.kernel.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite: one prepared single-row INSERT, batched, all in one transaction; the database is a file
 * in this process, so round trips cost nothing and the transaction is what makes it fast.
 */
final class SqliteSeedSession extends JdbcSeedSession {

  SqliteSeedSession(Connection connection) throws SQLException {
    super(connection, Engine.SQLITE);
  }

  @Override
  public void empty(List<QualifiedName> childrenFirst) throws SQLException {
    for (QualifiedName table : childrenFirst) {
      execute("DELETE FROM " + sql.table(table));
    }
  }

  @Override
  public long insert(TablePlan table, RowStream rows, WriteProgress progress) throws SQLException {
    if (table.columns().isEmpty()) {
      return insertDefaults(table, rows, progress);
    }
    return new InsertBatches(connection, sql, binder, 1, 5_000)
        .insert(sql.table(table.table()), table.columns(), rows, progress);
  }
}
