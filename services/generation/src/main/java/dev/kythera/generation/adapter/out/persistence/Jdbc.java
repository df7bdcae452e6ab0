package dev.kythera.generation.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC steps the repositories repeat: bind, run, read rows. */
final class Jdbc {
  private Jdbc() {}

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  static <T> List<T> query(
      AgroalDataSource dataSource, String sql, RowReader<T> reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      List<T> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(reader.read(rows));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql.split(" FROM ")[0], e);
    }
  }

  static int update(AgroalDataSource dataSource, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql.split(" ")[0], e);
    }
  }

  /** Binds values; {@link Instant} becomes a timestamp, {@link Json} text a jsonb value. */
  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof Instant instant) {
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (value instanceof Json json) {
        statement.setObject(i + 1, json.text(), java.sql.Types.OTHER);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    Timestamp timestamp = rows.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** JSON text bound as jsonb. */
  record Json(String text) {}
}
