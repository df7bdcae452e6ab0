package dev.kythera.generation.application.service;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectorRegistry;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.Fixtures;
import dev.kythera.kernel.schema.SchemaModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Throw-away target databases loaded with the connectors' fixture schema ("shop": composite and
 * self-referencing keys, a deferrable cycle, checks, enums) on the local PostgreSQL and MariaDB
 * servers and in SQLite files. Each one is new, so tests never see each other's rows.
 */
public final class TargetFixtures {
  static {
    // DriverManager lists its drivers once, from whichever class loader asks first; after a
    // @QuarkusTest in the same JVM that was Quarkus's, so plain tests load theirs explicitly
    for (String driver :
        List.of("org.postgresql.Driver", "org.mariadb.jdbc.Driver", "org.sqlite.JDBC")) {
      try {
        Class.forName(driver);
      } catch (ClassNotFoundException e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  private TargetFixtures() {}

  /** A fixture database, its descriptor and the model the real connector reads from it. */
  public record Target(Engine engine, String name, ConnectionDescriptor descriptor, Path file) {
    public SchemaModel model() {
      try (Connection connection = open()) {
        return ConnectorRegistry.standard()
            .forDescriptor(descriptor)
            .introspect(connection, List.of());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    public Connection open() throws SQLException {
      return ConnectorRegistry.standard().forDescriptor(descriptor).open(descriptor);
    }

    public void execute(String sql) {
      try (Connection connection = open();
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    public void drop() {
      switch (engine) {
        case POSTGRESQL -> admin(engine, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        case MYSQL -> admin(engine, "DROP DATABASE IF EXISTS " + name);
        case SQLITE -> {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
  }

  public static Target create(Engine engine) {
    return create(engine, List.of());
  }

  /** A fixture database with extra statements run after the fixture (e.g. an impossible table). */
  public static Target create(Engine engine, List<String> extra) {
    String name = "kt_seed_" + UUID.randomUUID().toString().substring(0, 8);
    Target target =
        switch (engine) {
          case POSTGRESQL -> {
            admin(engine, "CREATE DATABASE " + name);
            yield new Target(
                engine,
                name,
                new ConnectionDescriptor(
                    engine, "127.0.0.1", 5432, name, "postgres", "", Map.of(), null),
                null);
          }
          case MYSQL -> {
            admin(engine, "CREATE DATABASE " + name);
            yield new Target(
                engine,
                name,
                new ConnectionDescriptor(
                    engine, "127.0.0.1", 3306, name, "root", "", Map.of(), null),
                null);
          }
          case SQLITE -> {
            Path file;
            try {
              file = Files.createTempFile(name, ".db");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            yield new Target(
                engine,
                name,
                new ConnectionDescriptor(
                    engine, null, 0, file.toString(), null, null, Map.of(), null),
                file);
          }
        };
    try (Connection connection = target.open();
        Statement statement = connection.createStatement()) {
      Fixtures.load(engine, connection);
      for (String sql : extra) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return target;
  }

  private static void admin(Engine engine, String sql) {
    String url =
        engine == Engine.POSTGRESQL
            ? "jdbc:postgresql://127.0.0.1:5432/postgres"
            : "jdbc:mariadb://127.0.0.1:3306/";
    String user = engine == Engine.POSTGRESQL ? "postgres" : "root";
    try (Connection connection = DriverManager.getConnection(url, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
