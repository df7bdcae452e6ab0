package dev.kythera.introspection.application.service;

import dev.kythera.connectors.ConnectionDescriptor;
import dev.kythera.introspection.application.port.in.ResolveDescriptorUseCase;
import dev.kythera.introspection.application.port.out.StoredConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Hands a connection's full descriptor to another KytheraDB service (internal API only). */
@ApplicationScoped
public class DescriptorService implements ResolveDescriptorUseCase {
  private final ConnectionService connections;
  private final TargetAccess targets;

  public DescriptorService(ConnectionService connections, TargetAccess targets) {
    this.connections = connections;
    this.targets = targets;
  }

  @Override
  public ConnectionDescriptor descriptor(UUID projectId, UUID connectionId) {
    StoredConnection stored = connections.stored(projectId, connectionId);
    return targets.descriptor(stored.connection(), connections.secrets(stored));
  }
}
