package dev.kythera.introspection.application.port.out;

import java.util.Map;
import java.util.UUID;

/**
 * Outbound port: records what a user did to introspection's data (connections, snapshots) for the
 * platform's audit log and activity feed. Written in the use-case transaction, so an entry exists
 * exactly when the change was committed.
 */
public interface AuditTrail {

  /**
   * Records one action.
   *
   * @param action dotted verb such as {@code connection.created}
   * @param actorId the acting user, or null for "the caller of the current request"
   * @param projectId the project concerned
   * @param details ids, names and counts only: never passwords, keys or other secrets
   */
  void record(String action, UUID actorId, UUID projectId, Map<String, Object> details);
}
