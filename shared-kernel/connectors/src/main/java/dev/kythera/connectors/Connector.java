package dev.kythera.connectors;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Outbound port to a target database engine: one adapter per engine, chosen by {@link
 * ConnectorRegistry}. Adapters are stateless and thread-safe; every connection they open belongs to
 * the caller, who closes it.
 */
public interface Connector {

  /** The engine this adapter speaks. */
  Engine engine();

  /** What the engine supports. */
  EngineCapabilities capabilities();

  /**
   * Opens a connection within the descriptor's connect timeout.
   *
   * @throws SQLException with the driver's reason when the database cannot be reached
   */
  Connection open(ConnectionDescriptor descriptor) throws SQLException;
}
