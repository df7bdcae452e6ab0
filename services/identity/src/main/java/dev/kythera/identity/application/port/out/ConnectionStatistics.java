package dev.kythera.identity.application.port.out;

import java.util.OptionalLong;

/**
 * Outbound port: how many database connections the platform holds. Introspection owns connections,
 * so the count comes from there; it may be unreachable.
 */
public interface ConnectionStatistics {

  /** The number of connections of every project, or empty when nobody could answer. */
  OptionalLong totalConnections();
}
