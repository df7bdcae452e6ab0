package dev.kythera.identity.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Entity: one row of the audit log, the projection of one {@code kythera.audit.recorded.v1} event.
 *
 * @param seq the log's own sequence (0 before it is stored)
 * @param eventId the CloudEvent id, unique: a redelivered event is the same row
 * @param source the producing service ({@code /kythera/gateway}, {@code /kythera/identity}, …)
 * @param actorId the acting user, null for anonymous and system actions
 * @param projectId the project concerned, null for account and platform actions
 * @param detailsJson a JSON object without secrets
 */
public record AuditRecord(
    long seq,
    String eventId,
    Instant occurredAt,
    String source,
    UUID actorId,
    String actorEmail,
    String action,
    UUID projectId,
    AuditOutcome outcome,
    String requestId,
    String detailsJson) {

  public static final int MAX_ACTION_LENGTH = 100;

  public AuditRecord {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(outcome, "outcome");
    if (action == null || action.isBlank() || action.length() > MAX_ACTION_LENGTH) {
      throw new IllegalArgumentException(
          "An audit event needs an action of 1.." + MAX_ACTION_LENGTH);
    }
    detailsJson = detailsJson == null ? "{}" : detailsJson;
  }
}
