package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.CountConnectionsUseCase;
import dev.kythera.introspection.application.port.out.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts connections across projects (no project data leaves: only the number). */
@ApplicationScoped
public class ConnectionStatsService implements CountConnectionsUseCase {
  private final ConnectionRepository connections;

  public ConnectionStatsService(ConnectionRepository connections) {
    this.connections = connections;
  }

  @Override
  public long totalConnections() {
    return connections.countAll();
  }
}
