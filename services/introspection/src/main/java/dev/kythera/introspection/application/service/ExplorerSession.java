package dev.kythera.introspection.application.service;

import dev.kythera.introspection.domain.explorer.SqlDialect;
import dev.kythera.introspection.domain.explorer.SqlStatement;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open target connection for one explorer call: runs statements with the statement timeout and
 * turns the database's errors into 422 {@code TARGET_QUERY_FAILED}. Writes run in one transaction
 * that is rolled back unless committed.
 */
final class ExplorerSession implements AutoCloseable {
  /** PostgreSQL's SQLSTATE when the statement timeout cancelled a query. */
  private static final String QUERY_CANCELED = "57014";

  private final Connection connection;
  private final SqlDialect dialect;
  private final int timeoutSeconds;
  private boolean open;

  ExplorerSession(Connection connection, SqlDialect dialect, int timeoutSeconds) {
    this.connection = connection;
    this.dialect = dialect;
    this.timeoutSeconds = timeoutSeconds;
  }

  List<Map<String, Object>> rows(SqlStatement statement, List<Column> columns) {
    try (PreparedStatement prepared = prepare(statement, Statement.NO_GENERATED_KEYS);
        ResultSet rows = prepared.executeQuery()) {
      List<Map<String, Object>> result = new ArrayList<>();
      while (rows.next()) {
        result.add(RowValueReader.row(rows, columns));
      }
      return result;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  Optional<Map<String, Object>> first(SqlStatement statement, List<Column> columns) {
    return rows(statement, columns).stream().findFirst();
  }

  long count(SqlStatement statement) {
    try (PreparedStatement prepared = prepare(statement, Statement.NO_GENERATED_KEYS);
        ResultSet rows = prepared.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  int update(SqlStatement statement) {
    try (PreparedStatement prepared = prepare(statement, Statement.NO_GENERATED_KEYS)) {
      return prepared.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /**
   * Runs an insert and returns the key values the database chose: all of {@code key} from {@code
   * RETURNING}, or the auto-increment column from the driver's generated keys.
   */
  Map<Column, Object> insert(SqlStatement statement, List<Column> key) {
    Map<Column, Object> chosen = new LinkedHashMap<>();
    boolean returning = dialect.insertReturning() && !key.isEmpty();
    try (PreparedStatement prepared =
        prepare(
            statement, returning ? Statement.NO_GENERATED_KEYS : Statement.RETURN_GENERATED_KEYS)) {
      if (returning) {
        try (ResultSet rows = prepared.executeQuery()) {
          if (rows.next()) {
            for (int i = 0; i < key.size(); i++) {
              chosen.put(key.get(i), rows.getObject(i + 1));
            }
          }
        }
        return chosen;
      }
      prepared.executeUpdate();
      Optional<Column> generated =
          key.stream().filter(c -> c.identity() != Identity.NONE).findFirst();
      try (ResultSet keys = prepared.getGeneratedKeys()) {
        if (generated.isPresent() && keys.next()) {
          chosen.put(generated.get(), keys.getObject(1));
        }
      }
      return chosen;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  void begin() {
    try {
      connection.setAutoCommit(false);
      open = true;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  void commit() {
    try {
      connection.commit();
      open = false;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() {
    try (connection) {
      if (open) {
        connection.rollback();
      }
    } catch (SQLException e) {
      // the connection is gone; the server rolls back what was not committed
    }
  }

  private PreparedStatement prepare(SqlStatement statement, int generatedKeys) throws SQLException {
    PreparedStatement prepared = connection.prepareStatement(statement.sql(), generatedKeys);
    try {
      prepared.setQueryTimeout(timeoutSeconds);
      RowValueBinder.bind(prepared, statement.parameters(), dialect);
      return prepared;
    } catch (SQLException | RuntimeException e) {
      prepared.close();
      throw e;
    }
  }

  /** The database's own words; values the user sent may appear, SQL text does not. */
  private KytheraException failed(SQLException e) {
    String detail =
        e instanceof SQLTimeoutException || QUERY_CANCELED.equals(e.getSQLState())
            ? "The query ran longer than " + timeoutSeconds + " s and was cancelled"
            : "The database refused the statement: " + String.valueOf(e.getMessage()).strip();
    return new KytheraException(ErrorCode.TARGET_QUERY_FAILED, detail, e);
  }
}
