package dev.kythera.gateway.adapter.out.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.gateway.domain.AuditEntry;
import dev.kythera.gateway.domain.Backend;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The event data is the platform's audit shape (identity README, "Audit event"). */
class OutboxAuditRecorderTest {

  @Test
  void payloadHasTheAuditShapeWithRequestFactsInDetails() {
    UUID user = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    AuditEntry entry =
        new AuditEntry(
            "rid-9",
            "PUT",
            "/api/projects/" + project + "/config",
            403,
            Optional.of(user),
            Optional.of("ada@example.com"),
            Optional.of(project),
            true,
            Optional.of(Backend.IDENTITY),
            Instant.parse("2026-11-28T02:00:00Z"),
            7);
    Map<String, Object> data = OutboxAuditRecorder.payload(entry);
    assertThat(data)
        .containsOnlyKeys(
            "action",
            "actorId",
            "actorEmail",
            "projectId",
            "outcome",
            "requestId",
            "occurredAt",
            "details")
        .containsEntry("action", "http.put")
        .containsEntry("actorId", user.toString())
        .containsEntry("actorEmail", "ada@example.com")
        .containsEntry("projectId", project.toString())
        .containsEntry("outcome", "denied")
        .containsEntry("requestId", "rid-9")
        .containsEntry("occurredAt", "2026-11-28T02:00:00Z");
    assertThat(data.get("details"))
        .isEqualTo(
            Map.of(
                "method",
                "PUT",
                "path",
                "/api/projects/" + project + "/config",
                "status",
                403,
                "service",
                "identity",
                "durationMillis",
                7L));
  }

  @Test
  void anonymousAndUnansweredRequestsHaveNullsNotGuesses() {
    AuditEntry entry =
        new AuditEntry(
            "rid-0",
            "POST",
            "/api/nope",
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty(),
            Instant.EPOCH,
            1);
    Map<String, Object> data = OutboxAuditRecorder.payload(entry);
    assertThat(data.get("actorId")).isNull();
    assertThat(data.get("projectId")).isNull();
    assertThat(data.get("outcome")).isEqualTo("failure");
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) data.get("details");
    assertThat(details.get("status")).isNull();
    assertThat(details.get("service")).isNull();
    assertThat(entry.key()).isEqualTo("anonymous");
  }
}
