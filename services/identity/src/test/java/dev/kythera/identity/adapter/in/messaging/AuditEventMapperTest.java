package dev.kythera.identity.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.domain.audit.AuditOutcome;
import dev.kythera.identity.domain.audit.AuditRecord;
import dev.kythera.kernel.event.EventEnvelope;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit payload is read leniently but never stores secrets. */
class AuditEventMapperTest {
  private final ObjectMapper json = new ObjectMapper();

  private EventEnvelope envelope(String data) {
    return new EventEnvelope(
        "evt-1",
        "/kythera/gateway",
        "kythera.audit.recorded.v1",
        "p",
        Instant.parse("2026-01-01T00:00:00Z"),
        data);
  }

  @Test
  void readsTheGatewayShapeAndRedactsSecrets() throws Exception {
    UUID actor = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    AuditRecord record =
        AuditEventMapper.read(
            json,
            envelope(
                """
                {"action":"http.post","actorId":"%s","actorEmail":"a@b.test","projectId":"%s",
                 "outcome":"denied","requestId":"r-1","method":"POST","path":"/api/x","status":403,
                 "details":{"password":"hunter2","nested":{"refreshToken":"t","ok":1},"code":"123456",
                 "list":[{"apiKey":"k"}]}}
                """
                    .formatted(actor, project)));
    assertThat(record.actorId()).isEqualTo(actor);
    assertThat(record.projectId()).isEqualTo(project);
    assertThat(record.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(record.source()).isEqualTo("/kythera/gateway");
    assertThat(record.detailsJson())
        .contains("\"method\":\"POST\"", "\"status\":403", "\"ok\":1")
        .doesNotContain("hunter2", "\"t\"", "123456", "\"k\"");
  }

  @Test
  void identityShapeWithDefaults() throws Exception {
    AuditRecord record =
        AuditEventMapper.read(
            json, envelope("{\"action\":\"user.registered\",\"actorId\":null,\"details\":{}}"));
    assertThat(record.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(record.actorId()).isNull();
    assertThat(record.detailsJson()).isEqualTo("{}");
  }

  @Test
  void eventsWithoutActionAreRefused() {
    assertThatThrownBy(() -> AuditEventMapper.read(json, envelope("{\"actorId\":null}")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditEventMapper.read(json, envelope("[1]")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
