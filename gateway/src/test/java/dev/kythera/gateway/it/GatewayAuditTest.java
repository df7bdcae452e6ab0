package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.grant;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.event.EventTypes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Mutating requests become audit events: through the gateway's outbox (its own schema) and the
 * platform's relay onto {@code kythera.audit.events}, read back here from Kafka.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayAuditTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void eachMutatingRequestIsOneAuditEventAndReadsAreNone() throws Exception {
    String run = "audit-" + UUID.randomUUID();
    UUID member = UUID.randomUUID();
    UUID stranger = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, member, "admin");

    given()
        .header("X-Request-Id", run + "-ok")
        .header("Authorization", user(member).bearer())
        .contentType("application/json")
        .body("{\"email\":\"b@example.com\",\"password\":\"hunter2-secret\"}")
        .post("/api/projects/" + project + "/members?token=query-secret")
        .then()
        .statusCode(200);
    given()
        .header("X-Request-Id", run + "-anonymous")
        .delete("/api/teams/" + UUID.randomUUID())
        .then()
        .statusCode(401);
    given()
        .header("X-Request-Id", run + "-stranger")
        .header("Authorization", user(stranger).bearer())
        .contentType("application/json")
        .body("{}")
        .put("/api/projects/" + project + "/config")
        .then()
        .statusCode(404);
    given()
        .header("X-Request-Id", run + "-read")
        .header("Authorization", user(member).bearer())
        .get("/api/projects/" + project + "/members")
        .then()
        .statusCode(200);
    given()
        .header("X-Request-Id", run + "-unrouted")
        .post("/api/not-a-route")
        .then()
        .statusCode(404);

    Map<String, List<ConsumerRecord<String, String>>> events =
        awaitEvents(run, List.of("-ok", "-anonymous", "-stranger", "-unrouted"));
    assertThat(events.keySet())
        .containsExactlyInAnyOrder(
            run + "-ok", run + "-anonymous", run + "-stranger", run + "-unrouted");
    events.forEach((rid, list) -> assertThat(list).as(rid).hasSize(1));

    ConsumerRecord<String, String> ok = events.get(run + "-ok").getFirst();
    assertThat(ok.key()).isEqualTo(project.toString());
    assertThat(header(ok, "ce_type")).isEqualTo("kythera.audit.recorded.v1");
    assertThat(header(ok, "ce_source")).isEqualTo("/kythera/gateway");
    assertThat(header(ok, "ce_subject")).isEqualTo(project.toString());
    assertThat(header(ok, "ce_id")).isNotBlank();
    assertThat(ok.value()).doesNotContain("hunter2").doesNotContain("query-secret");
    JsonPath data = JsonPath.from(ok.value());
    assertThat(data.getString("action")).isEqualTo("http.post");
    assertThat(data.getString("actorId")).isEqualTo(member.toString());
    assertThat(data.getString("actorEmail")).isEqualTo("dev@example.com");
    assertThat(data.getString("projectId")).isEqualTo(project.toString());
    assertThat(data.getString("outcome")).isEqualTo("success");
    assertThat(data.getString("requestId")).isEqualTo(run + "-ok");
    assertThat(Instant.parse(data.getString("occurredAt")))
        .isBetween(Instant.now().minusSeconds(60), Instant.now());
    assertThat(data.getString("details.method")).isEqualTo("POST");
    assertThat(data.getString("details.path")).isEqualTo("/api/projects/" + project + "/members");
    assertThat(data.getInt("details.status")).isEqualTo(200);
    assertThat(data.getString("details.service")).isEqualTo("identity");
    assertThat(data.getLong("details.durationMillis")).isNotNegative();

    JsonPath anonymous = JsonPath.from(events.get(run + "-anonymous").getFirst().value());
    assertThat(events.get(run + "-anonymous").getFirst().key()).isEqualTo("anonymous");
    assertThat(anonymous.getString("action")).isEqualTo("http.delete");
    assertThat(anonymous.getString("actorId")).isNull();
    assertThat(anonymous.getString("outcome")).isEqualTo("denied");
    assertThat(anonymous.getInt("details.status")).isEqualTo(401);

    ConsumerRecord<String, String> strangerEvent = events.get(run + "-stranger").getFirst();
    JsonPath refused = JsonPath.from(strangerEvent.value());
    assertThat(strangerEvent.key()).isEqualTo(project.toString());
    assertThat(refused.getString("actorId")).isEqualTo(stranger.toString());
    assertThat(refused.getString("projectId")).as("not in a foreign activity feed").isNull();
    assertThat(refused.getString("outcome")).isEqualTo("failure");
    assertThat(refused.getInt("details.status")).isEqualTo(404);

    JsonPath unrouted = JsonPath.from(events.get(run + "-unrouted").getFirst().value());
    assertThat(unrouted.getString("outcome")).isEqualTo("failure");
    assertThat(unrouted.getString("details.service")).isNull();
  }

  /**
   * Reads the audit topic from the start until every expected request id has an event, then a
   * little longer to catch duplicates; groups this run's events by request id.
   */
  private Map<String, List<ConsumerRecord<String, String>>> awaitEvents(
      String run, List<String> expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG,
            "gateway-audit-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName(),
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class.getName());
    Map<String, List<ConsumerRecord<String, String>>> byRequest = new HashMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(EventTypes.TOPIC_AUDIT));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long settleUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, settleUntil)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
          String rid = JsonPath.from(record.value()).getString("requestId");
          if (rid != null && rid.startsWith(run)) {
            byRequest.computeIfAbsent(rid, k -> new ArrayList<>()).add(record);
          }
        }
        boolean all = expected.stream().allMatch(suffix -> byRequest.containsKey(run + suffix));
        if (all && settleUntil == Long.MAX_VALUE) {
          settleUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        }
      }
    }
    return byRequest;
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
