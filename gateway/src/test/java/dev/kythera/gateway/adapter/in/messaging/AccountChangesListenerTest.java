package dev.kythera.gateway.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which audit events name an account whose cached status the gateway must forget. */
class AccountChangesListenerTest {
  private static final UUID USER = UUID.randomUUID();
  private static final UUID ACTOR = UUID.randomUUID();

  private static EventEnvelope audit(String type, JsonObject data) {
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        "/kythera/identity",
        type,
        USER.toString(),
        Instant.now(),
        data.encode());
  }

  private static JsonObject data(String action) {
    return new JsonObject()
        .put("action", action)
        .put("actorId", ACTOR.toString())
        .put("details", new JsonObject().put("userId", USER.toString()));
  }

  @Test
  void aGovernanceChangeNamesTheGovernedAccount() {
    assertThat(
            AccountChangesListener.changedAccount(
                audit(EventTypes.AUDIT_RECORDED, data("governance.user_updated"))))
        .contains(USER);
  }

  @Test
  void aDeletionNamesTheDeletedAccountItself() {
    assertThat(
            AccountChangesListener.changedAccount(
                audit(EventTypes.AUDIT_RECORDED, data("account.deleted"))))
        .contains(ACTOR);
  }

  @Test
  void everythingElseIsIgnored() {
    for (String action :
        new String[] {"http.patch", "project.member_added", "account.password_changed", ""}) {
      assertThat(
              AccountChangesListener.changedAccount(audit(EventTypes.AUDIT_RECORDED, data(action))))
          .as(action)
          .isEmpty();
    }
    assertThat(
            AccountChangesListener.changedAccount(
                audit("kythera.jobs.updated.v1", data("governance.user_updated"))))
        .isEmpty();
    assertThat(
            AccountChangesListener.changedAccount(
                new EventEnvelope(
                    "id",
                    "/kythera/identity",
                    EventTypes.AUDIT_RECORDED,
                    null,
                    Instant.now(),
                    "{")))
        .isEmpty();
    assertThat(
            AccountChangesListener.changedAccount(
                audit(
                    EventTypes.AUDIT_RECORDED,
                    new JsonObject()
                        .put("action", "governance.user_updated")
                        .put("details", new JsonObject().put("userId", "not-a-uuid")))))
        .isEmpty();
    assertThat(
            AccountChangesListener.changedAccount(
                audit(
                    EventTypes.AUDIT_RECORDED,
                    new JsonObject().put("action", "governance.user_updated").put("details", 7))))
        .isEmpty();
  }
}
