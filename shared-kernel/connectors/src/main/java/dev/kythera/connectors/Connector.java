package dev.kythera.connectors;

import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Outbound port to a target database engine: one adapter per engine, chosen by {@link
 * ConnectorRegistry}. Adapters are stateless and thread-safe; every connection they open belongs to
 * the caller, who closes it.
 */
public interface Connector {

  /** How long {@link #open(ConnectionDescriptor)} waits for a server by default. */
  Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The engine this adapter speaks. */
  Engine engine();

  /** What the engine supports. */
  EngineCapabilities capabilities();

  /**
   * Opens a connection, giving up after {@code connectTimeout}.
   *
   * @throws SQLException with the driver's reason when the database cannot be reached; {@link
   *     ConnectionFailure#of(Throwable)} turns it into a reason a user understands
   */
  Connection open(ConnectionDescriptor descriptor, Duration connectTimeout) throws SQLException;

  default Connection open(ConnectionDescriptor descriptor) throws SQLException {
    return open(descriptor, DEFAULT_CONNECT_TIMEOUT);
  }

  /**
   * Reads the catalog into the canonical model with a fixed, small number of queries whatever the
   * number of tables (never one query per table).
   *
   * @param connection an open connection from {@link #open}
   * @param schemas schemas to read; empty means every schema that is not the engine's own
   */
  SchemaModel introspect(Connection connection, List<String> schemas) throws SQLException;

  /** The version string the server reports. */
  default String serverVersion(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductVersion();
  }
}
