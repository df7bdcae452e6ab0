package dev.kythera.introspection.application.service;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.connectors.ConnectionFailure;
import dev.kythera.connectors.Connector;
import dev.kythera.connectors.ConnectorRegistry;
import dev.kythera.connectors.Engine;
import dev.kythera.introspection.application.port.in.TestResult;
import dev.kythera.introspection.domain.connection.ConnectionSecrets;
import dev.kythera.introspection.domain.connection.TargetConnection;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens target databases for the use cases: builds the descriptor (SQLite files are confined to one
 * directory), picks the connector (tunnelled when the connection has SSH) and turns every failure
 * into a 422 {@code connection-failed} that names the field to fix.
 */
@ApplicationScoped
public class TargetAccess {
  private final ConnectorRegistry registry;
  private final Path sqliteDirectory;
  private final Duration connectTimeout;

  public TargetAccess(
      ConnectorRegistry registry,
      @ConfigProperty(name = "kythera.sqlite.directory") String sqliteDirectory,
      @ConfigProperty(name = "kythera.connect-timeout-seconds", defaultValue = "10")
          int connectTimeoutSeconds) {
    this.registry = registry;
    this.sqliteDirectory = Path.of(sqliteDirectory).toAbsolutePath().normalize();
    this.connectTimeout = Duration.ofSeconds(connectTimeoutSeconds);
  }

  /** The descriptor to open {@code connection}, secrets merged in. */
  public ConnectionDescriptor descriptor(TargetConnection connection, ConnectionSecrets secrets) {
    ConnectionDescriptor descriptor = connection.descriptor(secrets);
    if (descriptor.engine() != Engine.SQLITE) {
      return descriptor;
    }
    return new ConnectionDescriptor(
        Engine.SQLITE,
        null,
        0,
        sqliteFile(descriptor.database()).toString(),
        null,
        null,
        descriptor.options(),
        null);
  }

  /**
   * A SQLite database is a file on the platform's disk: only files inside the configured directory
   * may be opened, or a user could read any file the service can.
   */
  Path sqliteFile(String name) {
    Path file = sqliteDirectory.resolve(name).normalize();
    if (!file.startsWith(sqliteDirectory) || file.equals(sqliteDirectory)) {
      throw KytheraException.invalid(
          "database", "must be a file inside the SQLite directory (" + sqliteDirectory + ")");
    }
    return file;
  }

  public Connector connector(ConnectionDescriptor descriptor) {
    return registry.forDescriptor(descriptor);
  }

  /** Opens a connection or throws 422 naming the field to fix. */
  public Connection open(ConnectionDescriptor descriptor) {
    try {
      return connector(descriptor).open(descriptor, connectTimeout);
    } catch (SQLException | RuntimeException e) {
      if (e instanceof KytheraException known) {
        throw known;
      }
      throw failed(e);
    }
  }

  /** Opens, asks the server version and closes, timing the round trip. */
  public TestResult test(ConnectionDescriptor descriptor) {
    long started = System.nanoTime();
    Connector connector = connector(descriptor);
    try (Connection connection = open(descriptor)) {
      String version = connector.serverVersion(connection);
      long latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
      return new TestResult(descriptor.engine().wireName(), version, latency);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  static KytheraException failed(Throwable cause) {
    ConnectionFailure failure = ConnectionFailure.of(cause);
    return new KytheraException(ErrorCode.CONNECTION_FAILED, failure.message())
        .withField(failure.field(), failure.message());
  }
}
