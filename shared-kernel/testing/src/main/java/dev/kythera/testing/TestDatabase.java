package dev.kythera.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the one local PostgreSQL server for each test resource, so test runs never
 * see each other's rows. Server: {@code KYTHERA_TEST_PG} (host:port, default 127.0.0.1:5432), user
 * postgres, trust auth as on this machine kind.
 */
public final class TestDatabase {
  public static final String USER =
      System.getenv().getOrDefault("KYTHERA_TEST_PG_USER", "postgres");
  private static final String SERVER =
      System.getenv().getOrDefault("KYTHERA_TEST_PG", "127.0.0.1:5432");

  private TestDatabase() {}

  /** Creates {@code kythera_test_<prefix>_<random>} and returns its JDBC URL. */
  public static String create(String prefix) {
    String name =
        ("kythera_test_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot create test database on " + SERVER + " (is PostgreSQL running?)", e);
    }
    return "jdbc:postgresql://" + SERVER + "/" + name;
  }
}
