package dev.kythera.introspection.application.port.in;

import dev.kythera.introspection.domain.connection.TargetConnection;
import java.util.List;
import java.util.UUID;

/** Inbound port: the connections of a project (create, read, update, delete). */
public interface ManageConnectionsUseCase {

  List<TargetConnection> list(UUID projectId);

  TargetConnection get(UUID projectId, UUID connectionId);

  /**
   * Tests the draft against its database, then stores it with encrypted secrets. Nothing is stored
   * when the test fails (422 {@code connection-failed} naming the field) or a plan limit is reached
   * (402).
   */
  TargetConnection create(UUID projectId, UUID userId, ConnectionDraft draft);

  /** Like create; secrets the draft leaves out are kept. */
  TargetConnection update(UUID projectId, UUID connectionId, ConnectionDraft draft);

  void delete(UUID projectId, UUID connectionId);
}
