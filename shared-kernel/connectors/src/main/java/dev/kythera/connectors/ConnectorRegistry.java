package dev.kythera.connectors;

import dev.kythera.kernel.error.KytheraException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Chooses the connector for an engine; fails fast when an engine has none. */
public final class ConnectorRegistry {
  private final Map<Engine, Connector> connectors = new EnumMap<>(Engine.class);

  public ConnectorRegistry(Collection<? extends Connector> available) {
    for (Connector connector : available) {
      Connector previous = connectors.put(connector.engine(), connector);
      if (previous != null) {
        throw new IllegalStateException("Two connectors for " + connector.engine());
      }
    }
  }

  public Connector forEngine(Engine engine) {
    Connector connector = connectors.get(engine);
    if (connector == null) {
      throw KytheraException.invalid("engine", "is not supported: " + engine.wireName());
    }
    return connector;
  }

  public boolean supports(Engine engine) {
    return connectors.containsKey(engine);
  }
}
