package dev.kythera.introspection.adapter.out.persistence;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers shared by the repositories. */
final class Sql {
  private Sql() {}

  /** Binds parameters into a statement. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
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
