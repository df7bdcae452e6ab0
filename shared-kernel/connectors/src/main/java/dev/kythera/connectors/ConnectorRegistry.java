package dev.kythera.connectors;

import dev.kythera.connectors.mysql.MySqlConnector;
import dev.kythera.connectors.postgres.PostgresConnector;
import dev.kythera.connectors.sqlite.SqliteConnector;
import dev.kythera.connectors.ssh.SshTunnelConnector;
import dev.kythera.kernel.error.KytheraException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
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

  /** Every engine KytheraDB speaks: PostgreSQL, MySQL/MariaDB and SQLite. */
  public static ConnectorRegistry standard() {
    return new ConnectorRegistry(
        List.of(new PostgresConnector(), new MySqlConnector(), new SqliteConnector()));
  }

  public Connector forEngine(Engine engine) {
    Connector connector = connectors.get(engine);
    if (connector == null) {
      throw KytheraException.invalid("engine", "is not supported: " + engine.wireName());
    }
    return connector;
  }

  /**
   * The connector for a descriptor: the engine's adapter, behind an {@link SshTunnelConnector} when
   * the descriptor names an SSH tunnel.
   */
  public Connector forDescriptor(ConnectionDescriptor descriptor) {
    Connector connector = forEngine(descriptor.engine());
    return descriptor.tunnel() == null ? connector : new SshTunnelConnector(connector);
  }

  public boolean supports(Engine engine) {
    return connectors.containsKey(engine);
  }
}
