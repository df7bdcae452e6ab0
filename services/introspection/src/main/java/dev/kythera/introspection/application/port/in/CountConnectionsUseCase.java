package dev.kythera.introspection.application.port.in;

/** Inbound port (internal API): platform-wide counts for identity's governance statistics. */
public interface CountConnectionsUseCase {

  /** Connections of every project. */
  long totalConnections();
}
