package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmallRulesTest {

  @Test
  void saneRequestIdsAreKeptOthersReplaced() {
    assertThat(RequestIds.acceptOrNew("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
    assertThat(RequestIds.acceptOrNew("has space")).hasSize(36).isNotEqualTo("has space");
    assertThat(RequestIds.acceptOrNew("x".repeat(65))).hasSize(36);
    assertThat(RequestIds.acceptOrNew("")).hasSize(36);
    assertThat(RequestIds.acceptOrNew(null)).hasSize(36);
    assertThat(RequestIds.acceptOrNew("<script>")).hasSize(36);
  }

  @Test
  void jsonMediaTypes() {
    assertThat(MediaTypes.isJson("application/json")).isTrue();
    assertThat(MediaTypes.isJson("Application/JSON; charset=utf-8")).isTrue();
    assertThat(MediaTypes.isJson("application/merge-patch+json")).isTrue();
    assertThat(MediaTypes.isJson("text/plain")).isFalse();
    assertThat(MediaTypes.isJson("application/jsonx")).isFalse();
    assertThat(MediaTypes.isJson(null)).isFalse();
  }

  @Test
  void onlyCanonicalUuids() {
    assertThat(Uuids.parse("0b5e9b8e-3f0c-4c8e-9a51-0f6a2a1c7d10")).isPresent();
    assertThat(Uuids.parse("1-2-3-4-5")).isEmpty();
    assertThat(Uuids.parse("0b5e9b8e3f0c4c8e9a510f6a2a1c7d10")).isEmpty();
    assertThat(Uuids.parse(null)).isEmpty();
  }

  @Test
  void auditOutcomeFollowsTheStatus() {
    assertThat(AuditOutcome.of(200)).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(AuditOutcome.of(204)).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(AuditOutcome.of(302)).isEqualTo(AuditOutcome.SUCCESS);
    for (int denied : new int[] {401, 402, 403}) {
      assertThat(AuditOutcome.of(denied)).isEqualTo(AuditOutcome.DENIED);
    }
    for (int failed : new int[] {400, 404, 409, 429, 500, 502, 504, 0}) {
      assertThat(AuditOutcome.of(failed)).isEqualTo(AuditOutcome.FAILURE);
    }
    assertThat(AuditOutcome.DENIED.wireName()).isEqualTo("denied");
  }

  @Test
  void auditEntriesOnlyForMutatingMethodsWithABoundedPath() {
    assertThat(AuditEntry.audited("POST")).isTrue();
    assertThat(AuditEntry.audited("PUT")).isTrue();
    assertThat(AuditEntry.audited("PATCH")).isTrue();
    assertThat(AuditEntry.audited("DELETE")).isTrue();
    assertThat(AuditEntry.audited("GET")).isFalse();
    assertThat(AuditEntry.audited("HEAD")).isFalse();
    assertThat(AuditEntry.audited("OPTIONS")).isFalse();
    UUID user = UUID.randomUUID();
    AuditEntry entry =
        new AuditEntry(
            "r",
            "DELETE",
            "/api/" + "x".repeat(1000),
            204,
            Optional.of(user),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.of(Backend.IDENTITY),
            Instant.EPOCH,
            3);
    assertThat(entry.path()).hasSize(AuditEntry.MAX_PATH_LENGTH);
    assertThat(entry.action()).isEqualTo("http.delete");
    assertThat(entry.key()).isEqualTo(user.toString());
  }
}
