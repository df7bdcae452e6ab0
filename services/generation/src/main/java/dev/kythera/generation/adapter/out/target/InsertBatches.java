package dev.kythera.generation.adapter.out.target;

import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.domain.seed.SqlExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Multi-row {@code INSERT ... VALUES (...), (...)} statements, prepared once per size and sent in
 * JDBC batches. Columns whose value is a SQL expression (the same in every row) are written into
 * the statement instead of bound. Used where no bulk path exists: SQLite, MySQL without LOCAL
 * INFILE, PostgreSQL tables with SQL expression overrides.
 */
final class InsertBatches {
  private static final int MAX_PARAMETERS = 30_000;

  private final Connection connection;
  private final TargetSql sql;
  private final ValueBinder binder;
  private final int rowsPerStatement;
  private final int statementsPerBatch;

  InsertBatches(
      Connection connection,
      TargetSql sql,
      ValueBinder binder,
      int rowsPerStatement,
      int statementsPerBatch) {
    this.connection = connection;
    this.sql = sql;
    this.binder = binder;
    this.rowsPerStatement = rowsPerStatement;
    this.statementsPerBatch = statementsPerBatch;
  }

  long insert(String table, List<String> columns, Iterator<Object[]> rows, WriteProgress progress)
      throws SQLException {
    if (!rows.hasNext()) {
      return 0;
    }
    Object[] first = rows.next();
    boolean[] inline = new boolean[columns.size()];
    int bound = 0;
    for (int i = 0; i < inline.length; i++) {
      inline[i] = first[i] instanceof SqlExpression;
      bound += inline[i] ? 0 : 1;
    }
    int perStatement = Math.max(1, Math.min(rowsPerStatement, MAX_PARAMETERS / Math.max(1, bound)));
    String prefix = "INSERT INTO " + table + " (" + sql.columns(columns) + ") VALUES ";
    String tuple = tuple(first, inline);
    long written = 0;
    List<Object[]> pending = new ArrayList<>(perStatement);
    pending.add(first);
    try (PreparedStatement full =
        connection.prepareStatement(values(prefix, tuple, perStatement))) {
      int batched = 0;
      while (true) {
        boolean more = rows.hasNext();
        if (more) {
          pending.add(rows.next());
        }
        if (pending.size() == perStatement) {
          bindRows(full, pending, inline);
          full.addBatch();
          written += pending.size();
          pending.clear();
          if (++batched == statementsPerBatch) {
            full.executeBatch();
            batched = 0;
            if (!progress.proceed(written)) {
              return written;
            }
          }
        }
        if (!more) {
          break;
        }
      }
      if (batched > 0) {
        full.executeBatch();
      }
    }
    if (!pending.isEmpty()) {
      try (PreparedStatement rest =
          connection.prepareStatement(values(prefix, tuple, pending.size()))) {
        bindRows(rest, pending, inline);
        rest.executeUpdate();
        written += pending.size();
      }
    }
    progress.proceed(written);
    return written;
  }

  private void bindRows(PreparedStatement statement, List<Object[]> rows, boolean[] inline)
      throws SQLException {
    int index = 1;
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (!inline[i]) {
          binder.bind(statement, index++, row[i]);
        }
      }
    }
  }

  private static String tuple(Object[] first, boolean[] inline) {
    StringBuilder tuple = new StringBuilder("(");
    for (int i = 0; i < inline.length; i++) {
      tuple.append(i == 0 ? "" : ", ");
      tuple.append(inline[i] ? ((SqlExpression) first[i]).sql() : "?");
    }
    return tuple.append(')').toString();
  }

  private static String values(String prefix, String tuple, int rows) {
    StringBuilder statement = new StringBuilder(prefix.length() + rows * (tuple.length() + 2));
    statement.append(prefix);
    for (int i = 0; i < rows; i++) {
      statement.append(i == 0 ? "" : ", ").append(tuple);
    }
    return statement.toString();
  }
}
