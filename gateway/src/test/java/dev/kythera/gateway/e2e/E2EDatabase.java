package dev.kythera.gateway.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test setup in the e2e platform's database, for what no API may do: making an account super_admin
 * (governance grants it, and the first governor has to come from somewhere — identity's own tests
 * do the same in their database). The platform database is {@code -Dkythera.e2e.db} (a JDBC URL)
 * when given; otherwise the local PostgreSQL's {@code kythera*} database (test databases aside)
 * whose identity schema holds the e2e run's own, unique account, so parallel runs never touch each
 * other.
 */
final class E2EDatabase {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String USER = "postgres";

  private E2EDatabase() {}

  /** Makes the account with {@code email} a super_admin in the platform database. */
  static void promoteToSuperAdmin(String email) throws SQLException {
    try (Connection db = DriverManager.getConnection(platformDatabase(email), USER, "");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE identity.users SET role = 'super_admin' WHERE lower(email) = lower(?)")) {
      update.setString(1, email);
      if (update.executeUpdate() != 1) {
        throw new AssertionError("No account " + email + " in the platform database");
      }
    }
  }

  private static String platformDatabase(String email) throws SQLException {
    String given = System.getProperty("kythera.e2e.db");
    if (given != null && !given.isBlank()) {
      return given;
    }
    List<String> holders = new ArrayList<>();
    for (String name : candidates()) {
      try (Connection db = DriverManager.getConnection(SERVER + name, USER, "");
          PreparedStatement query =
              db.prepareStatement(
                  "SELECT count(*) FROM identity.users WHERE lower(email) = lower(?)")) {
        query.setString(1, email);
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next() && rows.getLong(1) == 1) {
            holders.add(name);
          }
        }
      } catch (SQLException e) {
        // not a platform database (no identity schema), or not ours to read: skip it
      }
    }
    if (holders.size() != 1) {
      throw new AssertionError(
          "Expected exactly one platform database holding " + email + ", found " + holders);
    }
    return SERVER + holders.get(0);
  }

  private static List<String> candidates() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
        PreparedStatement query =
            server.prepareStatement(
                "SELECT datname FROM pg_database WHERE NOT datistemplate"
                    + " AND datname LIKE 'kythera%' AND datname NOT LIKE 'kythera\\_test\\_%'"
                    + " ORDER BY datname DESC")) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }
}
