package dev.kythera.identity.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Direct SQL for tests: counting rows, and ageing tokens to test expiry. */
public final class Db {
  private Db() {}

  public static long count(DataSource dataSource, String table) {
    return queryLong(dataSource, "SELECT count(*) FROM " + table);
  }

  public static long queryLong(DataSource dataSource, String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int update(DataSource dataSource, String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
