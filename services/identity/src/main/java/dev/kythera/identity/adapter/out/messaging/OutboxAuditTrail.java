package dev.kythera.identity.adapter.out.messaging;

import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Outbound adapter (Kafka via the outbox): {@link AuditTrail} as {@code kythera.audit.recorded.v1}
 * events on {@code kythera.audit.events}, keyed by project (or by user for account actions).
 */
@ApplicationScoped
public class OutboxAuditTrail implements AuditTrail {
  public static final String TYPE = "kythera.audit.recorded.v1";

  private final OutboxWriter outbox;

  public OutboxAuditTrail(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public void record(AuditEntry entry) {
    UUID key = entry.projectId() != null ? entry.projectId() : entry.actorId();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", entry.action());
    data.put("actorId", entry.actorId());
    data.put("projectId", entry.projectId());
    data.put("details", entry.details());
    outbox.append(EventTypes.TOPIC_AUDIT, key.toString(), TYPE, key.toString(), data);
  }
}
