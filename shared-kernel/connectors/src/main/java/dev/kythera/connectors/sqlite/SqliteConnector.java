package dev.kythera.connectors.sqlite;

import dev.kythera.connectors.Capability;
import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.Engine;
import dev.kythera.connectors.EngineCapabilities;
import dev.kythera.kernel.schema.SchemaModel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Outbound adapter (sqlite-jdbc): SQLite database files. The descriptor's {@code database} is the
 * file path; host, port, user, password and tunnel do not apply. A file that does not exist is an
 * error, never created: the connection opens without SQLite's CREATE flag and the path is checked
 * first so that the failure reads as DATABASE_NOT_FOUND (SQL state 3D000).
 */
public final class SqliteConnector implements Connector {
  private static final EngineCapabilities CAPABILITIES =
      new EngineCapabilities(
          Engine.SQLITE,
          EnumSet.of(
              Capability.DEFERRABLE_CONSTRAINTS,
              Capability.CHECK_CONSTRAINTS,
              Capability.PARTIAL_INDEXES,
              Capability.TRANSACTIONAL_DDL));

  /** SQL state "invalid catalog name", which {@code ConnectionFailure} reads as not found. */
  static final String NOT_FOUND_STATE = "3D000";

  @Override
  public Engine engine() {
    return Engine.SQLITE;
  }

  @Override
  public EngineCapabilities capabilities() {
    return CAPABILITIES;
  }

  /**
   * Opens the file read-write with foreign keys enforced; {@code connectTimeout} becomes the busy
   * timeout (how long a statement waits for another connection's lock).
   */
  @Override
  public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout)
      throws SQLException {
    Path file = file(descriptor.database());
    if (!Files.isRegularFile(file)) {
      throw new SQLException(
          "The database file does not exist: " + file.getFileName(), NOT_FOUND_STATE);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.resetOpenMode(SQLiteOpenMode.CREATE);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis())));
    try {
      return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    } catch (SQLException e) {
      if (!Files.exists(file)) {
        // removed between the check and the open
        throw new SQLException(
            "The database file does not exist: " + file.getFileName(), NOT_FOUND_STATE, e);
      }
      throw e;
    }
  }

  @Override
  public SchemaModel introspect(Connection connection, List<String> schemas) throws SQLException {
    return new SqliteSchemaReader(connection)
        .read(schemas, serverVersion(connection), databaseName(connection));
  }

  @Override
  public String serverVersion(Connection connection) throws SQLException {
    return "SQLite " + connection.getMetaData().getDatabaseProductVersion();
  }

  /**
   * The absolute path of a database file. Anything sqlite-jdbc would read as something other than a
   * plain file is refused: {@code :memory:}, {@code file:} URIs and {@code ?} (the driver takes
   * what follows as settings).
   */
  static Path file(String database) {
    String text = database == null ? "" : database.strip();
    if (text.isEmpty()
        || text.startsWith(":")
        || text.regionMatches(true, 0, "file:", 0, 5)
        || text.contains("?")) {
      throw new IllegalArgumentException("Not a database file path: " + database);
    }
    try {
      return Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("Not a database file path: " + database, e);
    }
  }

  private static String databaseName(Connection connection) throws SQLException {
    String url = connection.getMetaData().getURL();
    if (url == null) {
      return "";
    }
    String path = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
    Path name = Path.of(path).getFileName();
    return name == null ? path : name.toString();
  }
}
