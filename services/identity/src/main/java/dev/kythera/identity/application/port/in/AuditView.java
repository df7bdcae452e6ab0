package dev.kythera.identity.application.port.in;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.kythera.identity.domain.audit.AuditRecord;
import java.time.Instant;
import java.util.UUID;

/** One audit-log entry as the activity feed and the governance view show it. */
public record AuditView(
    long id,
    String eventId,
    Instant occurredAt,
    String source,
    UUID actorId,
    String actorEmail,
    String action,
    UUID projectId,
    String outcome,
    String requestId,
    @JsonRawValue String details) {

  public static AuditView of(AuditRecord record) {
    return new AuditView(
        record.seq(),
        record.eventId(),
        record.occurredAt(),
        record.source(),
        record.actorId(),
        record.actorEmail(),
        record.action(),
        record.projectId(),
        record.outcome().wireName(),
        record.requestId(),
        record.detailsJson());
  }
}
