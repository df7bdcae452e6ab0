package dev.kythera.identity.adapter.out.messaging;

import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import dev.kythera.platform.security.CallerContext;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Outbound adapter (Kafka via the outbox): {@link AuditTrail} as {@code kythera.audit.recorded.v1}
 * events on {@code kythera.audit.events}, keyed by project (or by user for account actions). The
 * payload is the platform's audit shape (README, "Audit event"): the request id comes from the
 * gateway's token when the action runs inside a request.
 */
@ApplicationScoped
public class OutboxAuditTrail implements AuditTrail {
  public static final String TYPE = EventTypes.AUDIT_RECORDED;

  private final OutboxWriter outbox;
  private final CallerContext caller;
  private final Clock clock;

  public OutboxAuditTrail(OutboxWriter outbox, CallerContext caller, Clock clock) {
    this.outbox = outbox;
    this.caller = caller;
    this.clock = clock;
  }

  @Override
  public void record(AuditEntry entry) {
    UUID key = entry.projectId() != null ? entry.projectId() : entry.actorId();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("action", entry.action());
    data.put("actorId", entry.actorId());
    data.put("projectId", entry.projectId());
    data.put("outcome", "success");
    data.put("requestId", requestId());
    data.put("occurredAt", clock.instant().toString());
    data.put("details", entry.details());
    outbox.append(EventTypes.TOPIC_AUDIT, key.toString(), TYPE, key.toString(), data);
  }

  private String requestId() {
    if (!Arc.container().requestContext().isActive()) {
      return null;
    }
    try {
      return caller.requestId().orElse(null);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
