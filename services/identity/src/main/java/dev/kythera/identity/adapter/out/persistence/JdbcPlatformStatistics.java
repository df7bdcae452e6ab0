package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.PlatformStatistics;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outbound adapter (JDBC): {@link PlatformStatistics} as a handful of aggregate queries, run in the
 * caller's (read) transaction. Jobs come from the job projection every service feeds.
 */
@ApplicationScoped
public class JdbcPlatformStatistics implements PlatformStatistics {
  private static final String USERS =
      "SELECT count(*), count(*) FILTER (WHERE enabled), count(*) FILTER (WHERE email_verified),"
          + " (SELECT count(*) FROM user_mfa WHERE enabled) FROM users";

  private final AgroalDataSource dataSource;

  public JdbcPlatformStatistics(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Snapshot snapshot() {
    try (Connection connection = dataSource.getConnection()) {
      long[] users = new long[4];
      try (PreparedStatement statement = connection.prepareStatement(USERS);
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        for (int i = 0; i < 4; i++) {
          users[i] = rows.getLong(i + 1);
        }
      }
      Map<String, Long> byRole = zeros("viewer", "qa", "dev", "admin", "super_admin");
      byRole.putAll(grouped(connection, "SELECT role, count(*) FROM users GROUP BY role"));
      Map<String, Long> byPlan = zeros("starter", "pro", "enterprise");
      byPlan.putAll(grouped(connection, "SELECT plan, count(*) FROM users GROUP BY plan"));
      Map<String, Long> jobs = zeros("pending", "running", "done", "error", "cancelled");
      jobs.putAll(
          grouped(connection, "SELECT status, count(*) FROM job_projection GROUP BY status"));
      return new Snapshot(
          users[0],
          users[1],
          users[2],
          users[3],
          byRole,
          byPlan,
          single(connection, "SELECT count(*) FROM projects"),
          single(connection, "SELECT count(*) FROM teams"),
          jobs);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read platform statistics", e);
    }
  }

  private static Map<String, Long> zeros(String... keys) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (String key : keys) {
      map.put(key, 0L);
    }
    return map;
  }

  private static Map<String, Long> grouped(Connection connection, String sql) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
