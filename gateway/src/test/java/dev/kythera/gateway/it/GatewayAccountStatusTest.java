package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.disable;
import static dev.kythera.gateway.it.GatewayTestSupport.lastSeen;
import static dev.kythera.gateway.it.GatewayTestSupport.seen;
import static dev.kythera.gateway.it.GatewayTestSupport.status;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.gateway.adapter.in.messaging.AccountChangesListener;
import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.IncomingEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every authenticated call asks identity (cached briefly) whether the account is still enabled and
 * what its role and plan are now: disabled accounts stop at once, deleted users' tokens stop
 * working, and governance changes of role or plan apply without waiting for the token to expire.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayAccountStatusTest {
  @Inject AccountChangesListener accountChanges;

  private static long statusLookups(UUID userId) {
    return seen().stream()
        .filter(r -> r.get("uri").equals("/internal/users/" + userId + "/status"))
        .count();
  }

  @Test
  void aDisabledAccountIsRefusedAndNothingIsForwarded() {
    UUID id = UUID.randomUUID();
    disable(id);
    String marker = "m=" + UUID.randomUUID();
    given()
        .header("Authorization", user(id).bearer())
        .get("/api/projects?" + marker)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("ACCOUNT_DISABLED"));
    assertThat(seen()).noneMatch(r -> ((String) r.get("uri")).endsWith(marker));
  }

  @Test
  void aDeletedUsersTokenIsInvalid() {
    UUID id = UUID.randomUUID();
    status(id, Map.of("deleted", true));
    given()
        .header("Authorization", user(id).bearer())
        .get("/api/account/profile")
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void identitysRoleAndPlanOutrankTheTokens() {
    UUID demoted = UUID.randomUUID();
    status(demoted, "dev", "starter");
    given()
        .header("Authorization", user(demoted).role("super_admin").bearer())
        .get("/api/governance/stats")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));

    UUID promoted = UUID.randomUUID();
    status(promoted, "dev", "pro");
    given()
        .header("Authorization", user(promoted).role("viewer").plan("starter").bearer())
        .contentType("application/json")
        .body("{\"name\":\"Data\"}")
        .post("/api/teams")
        .then()
        .statusCode(200)
        .body("claims.role", equalTo("dev"))
        .body("claims.plan", equalTo("pro"));
  }

  @Test
  void statusAnswersAreCachedAndAskedForWithTheServiceToken() {
    UUID id = UUID.randomUUID();
    String token = user(id).bearer();
    for (int i = 0; i < 3; i++) {
      given().header("Authorization", token).get("/api/teams").then().statusCode(200);
    }
    assertThat(statusLookups(id)).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> claims =
        (Map<String, Object>) lastSeen("/internal/users/" + id + "/status").get("claims");
    assertThat(claims).containsEntry("sub", "service:gateway").containsEntry("role", "super_admin");
  }

  @Test
  void anAccountChangeRelayedFromIdentityStopsTheAccountAtOnce() {
    UUID id = UUID.randomUUID();
    status(id, "dev", "starter");
    String token = user(id).bearer();
    given().header("Authorization", token).get("/api/account/sessions").then().statusCode(200);
    disable(id); // in identity; the gateway still holds "enabled"
    long lookups = statusLookups(id);

    UUID governor = UUID.randomUUID();
    status(governor, "super_admin", "enterprise");
    given()
        .header("Authorization", user(governor).role("super_admin").bearer())
        .contentType("application/json")
        .body("{\"enabled\":false}")
        .patch("/api/governance/users/" + id)
        .then()
        .statusCode(200)
        .header("X-Internal-Account-Changed", nullValue()); // never reaches the client

    // The very next request: the cached "enabled" is gone, identity is asked again.
    given()
        .header("Authorization", token)
        .get("/api/account/sessions")
        .then()
        .statusCode(403)
        .body("code", equalTo("ACCOUNT_DISABLED"));
    assertThat(statusLookups(id)).isEqualTo(lookups + 1);
  }

  @Test
  void roleAndPlanChangesRelayedFromIdentityApplyAtOnce() {
    UUID id = UUID.randomUUID();
    status(id, "viewer", "starter");
    String token = user(id).bearer();
    given()
        .header("Authorization", token)
        .contentType("application/json")
        .body("{}")
        .post("/api/teams")
        .then()
        .statusCode(403);
    status(id, "dev", "pro");
    // Any identity answer may name changed accounts (several, comma-separated).
    given()
        .header("Authorization", user(UUID.randomUUID()).bearer())
        .get("/api/teams?announce=" + UUID.randomUUID() + "," + id)
        .then()
        .statusCode(200)
        .header("X-Internal-Account-Changed", nullValue());
    given()
        .header("Authorization", token)
        .contentType("application/json")
        .body("{}")
        .post("/api/teams")
        .then()
        .statusCode(200)
        .body("claims.role", equalTo("dev"))
        .body("claims.plan", equalTo("pro"));
  }

  @Test
  void anAccountChangeOnTheAuditTopicMakesThisGatewayForgetTheStatus() throws Exception {
    UUID id = UUID.randomUUID();
    status(id, "dev", "starter");
    String token = user(id).bearer();
    given().header("Authorization", token).get("/api/account/sessions").then().statusCode(200);
    disable(id);
    // What the Kafka consumer hands over for identity's audit event of the change (other replicas
    // learn of it this way).
    accountChanges.onEvent(
        new IncomingEvent(
            new EventEnvelope(
                UUID.randomUUID().toString(),
                "/kythera/identity",
                EventTypes.AUDIT_RECORDED,
                id.toString(),
                Instant.now(),
                new JsonObject()
                    .put("action", "governance.user_updated")
                    .put("actorId", UUID.randomUUID().toString())
                    .put(
                        "details",
                        new JsonObject()
                            .put("userId", id.toString())
                            .put("changes", new JsonObject()))
                    .encode()),
            EventTypes.TOPIC_AUDIT,
            0,
            0));
    given()
        .header("Authorization", token)
        .get("/api/account/sessions")
        .then()
        .statusCode(403)
        .body("code", equalTo("ACCOUNT_DISABLED"));
  }

  @Test
  void aDisabledAccountStopsWithinFiveSeconds() throws Exception {
    UUID id = UUID.randomUUID();
    status(id, "dev", "starter");
    String token = user(id).bearer();
    given().header("Authorization", token).get("/api/account/sessions").then().statusCode(200);
    disable(id);
    long disabledAt = System.nanoTime();
    int status = 200;
    while (status == 200 && System.nanoTime() - disabledAt < 8_000_000_000L) {
      Thread.sleep(200);
      status = given().header("Authorization", token).get("/api/account/sessions").statusCode();
    }
    double seconds = (System.nanoTime() - disabledAt) / 1e9;
    assertThat(status).isEqualTo(403);
    assertThat(seconds).as("seconds until the token stopped working").isLessThan(5.5);
  }

  @Test
  void aDisabledAccountsTokenOnAPublicRouteIsIgnored() {
    UUID id = UUID.randomUUID();
    disable(id);
    given()
        .header("Authorization", user(id).bearer())
        .contentType("application/json")
        .body("{}")
        .post("/api/auth/logout")
        .then()
        .statusCode(200)
        .body("claims.sub", equalTo("anonymous"));
  }

  @Test
  void theClientsUserAgentReachesTheBackend() {
    given()
        .header("Authorization", user(UUID.randomUUID()).bearer())
        .header("User-Agent", "KytheraTest/1.0 (sessions)")
        .get("/api/account/sessions")
        .then()
        .statusCode(200)
        .body("headers.user-agent", equalTo("KytheraTest/1.0 (sessions)"));
  }
}
