package dev.kythera.identity.application.port.out;

import java.util.Map;
import java.util.UUID;

/**
 * Outbound port: records what a user did, for the audit log and activity feed. Written in the
 * use-case transaction, so an entry exists exactly when the change was committed.
 */
public interface AuditTrail {

  void record(AuditEntry entry);

  /**
   * One audited action.
   *
   * @param action dotted verb such as {@code project.created}
   * @param actorId the user who acted
   * @param projectId the project concerned, null for account actions
   * @param details small JSON-able map (never secrets)
   */
  record AuditEntry(String action, UUID actorId, UUID projectId, Map<String, Object> details) {}
}
