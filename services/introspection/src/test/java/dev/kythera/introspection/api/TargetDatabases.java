package dev.kythera.introspection.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Throw-away target databases on the local PostgreSQL, loaded with the fixture schema. */
final class TargetDatabases {
  private TargetDatabases() {}

  static String createPostgresWithFixture() {
    String name = "kt_target_" + UUID.randomUUID().toString().substring(0, 8);
    execute("postgres", "CREATE DATABASE " + name);
    execute(name, fixtureScript());
    return name;
  }

  /**
   * The connectors module's fixture script, read as a resource: tests must not load connector
   * classes in static code, which runs outside Quarkus's class loader and would clash with it.
   */
  private static String fixtureScript() {
    try (InputStream in =
        TargetDatabases.class.getResourceAsStream(
            "/dev/kythera/connectors/fixtures/postgresql.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void execute(String database, String sql) {
    try (Connection connection = open(database);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void drop(String name) {
    execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static Connection open(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
  }
}
