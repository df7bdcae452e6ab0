package dev.kythera.introspection.adapter.out.connectors;

import dev.kythera.connectors.ConnectorRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Outbound adapter wiring: the target-database connectors this service speaks. */
public class ConnectorConfiguration {

  @Produces
  @Singleton
  ConnectorRegistry connectorRegistry() {
    return ConnectorRegistry.standard();
  }
}
