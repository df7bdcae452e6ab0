package dev.kythera.introspection.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Small JDBC helpers shared by the repositories. */
final class Sql {
  private Sql() {}

  /** Binds parameters into a statement. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  static <T> List<T> query(
      AgroalDataSource dataSource, String sql, RowReader<T> reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
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

  /** Deletes the row {@code id} of {@code table} if it belongs to the project; true when it did. */
  static boolean deleteOwned(AgroalDataSource dataSource, String table, UUID projectId, UUID id) {
    return update(
            dataSource,
            "DELETE FROM " + table + " WHERE project_id = ? AND id = ?",
            statement -> {
              statement.setObject(1, projectId);
              statement.setObject(2, id);
            })
        > 0;
  }

  static int update(AgroalDataSource dataSource, String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql.split(" ")[0], e);
    }
  }
}
