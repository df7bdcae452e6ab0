package dev.kythera.introspection.adapter.out.messaging;

import dev.kythera.introspection.application.port.out.AuditTrail;
import dev.kythera.platform.audit.AuditEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Outbound adapter (outbox → {@code kythera.audit.events}): {@link AuditTrail} as audit events. */
@ApplicationScoped
public class OutboxAuditTrail implements AuditTrail {
  private final AuditEvents audit;

  public OutboxAuditTrail(AuditEvents audit) {
    this.audit = audit;
  }

  @Override
  public void record(String action, UUID actorId, UUID projectId, Map<String, Object> details) {
    audit.record(action, actorId, projectId, details);
  }
}
