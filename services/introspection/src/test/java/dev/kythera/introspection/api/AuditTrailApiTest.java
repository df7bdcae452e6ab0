package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import dev.kythera.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Domain audit events: connection changes and captured snapshots reach {@code kythera.audit.events}
 * in the platform's audit shape, keyed by project, without secrets.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class AuditTrailApiTest {
  private static final String PASSWORD = "s3cret-never-shown";
  private static String target;
  private final UUID projectId = UUID.randomUUID();
  private final UUID userId = UUID.randomUUID();
  private final ObjectMapper json = new ObjectMapper();

  @Inject Jobs jobs;

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
  }

  private RequestSpecification as(String permission, String requestId) {
    String token =
        TestTokens.internal()
            .user(userId)
            .email("ada@example.test")
            .role("dev")
            .project(projectId, permission)
            .sign();
    return given()
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", requestId)
        .contentType("application/json");
  }

  @Test
  void connectionChangesAndCapturesAreAuditedWithoutSecrets() throws Exception {
    String base = "/api/projects/" + projectId + "/connections";
    String id =
        as("write", "req-create")
            .body(ConnectionApiTest.postgres("shop", target, ""))
            .post(base)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("write", "req-update")
        .body(ConnectionApiTest.postgres("shop-renamed", target, ""))
        .put(base + "/" + id)
        .then()
        .statusCode(200);
    String jobId =
        as("write", "req-capture")
            .body("{\"connectionId\":\"" + id + "\"}")
            .post("/api/projects/" + projectId + "/schema/snapshots")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.get(projectId, UUID.fromString(jobId)).status().equals("done"));
    as("admin", "req-delete").delete(base + "/" + id).then().statusCode(204);

    try (TopicProbe probe = new TopicProbe(EventTypes.TOPIC_AUDIT)) {
      await().atMost(Duration.ofSeconds(15)).until(() -> ours(probe).size() >= 4);
      List<ConsumerRecord<String, byte[]>> records = ours(probe);
      List<JsonNode> events = records.stream().map(this::data).toList();
      assertThat(events)
          .extracting(e -> e.path("action").asText())
          .containsExactly(
              "connection.created",
              "connection.updated",
              "snapshot.captured",
              "connection.deleted");
      assertThat(records)
          .allSatisfy(
              r -> {
                assertThat(TopicProbe.header(r, "ce_type")).isEqualTo(EventTypes.AUDIT_RECORDED);
                assertThat(TopicProbe.header(r, "ce_source")).isEqualTo("/kythera/introspection");
                assertThat(new String(r.value(), StandardCharsets.UTF_8))
                    .doesNotContain(PASSWORD)
                    .doesNotContain("127.0.0.1");
              });
      assertThat(events)
          .allSatisfy(
              e -> {
                assertThat(e.path("actorId").asText()).isEqualTo(userId.toString());
                assertThat(e.path("projectId").asText()).isEqualTo(projectId.toString());
                assertThat(e.path("outcome").asText()).isEqualTo("success");
                assertThat(e.path("details").path("connectionId").asText()).isEqualTo(id);
              });
      JsonNode created = events.get(0);
      assertThat(created.path("requestId").asText()).isEqualTo("req-create");
      assertThat(created.path("actorEmail").asText()).isEqualTo("ada@example.test");
      assertThat(created.path("details").path("name").asText()).isEqualTo("shop");
      assertThat(created.path("details").path("engine").asText()).isEqualTo("postgresql");
      assertThat(events.get(1).path("details").path("name").asText()).isEqualTo("shop-renamed");
      JsonNode captured = events.get(2);
      assertThat(captured.path("requestId").isNull()).as("a job has no request").isTrue();
      assertThat(captured.path("details").path("jobId").asText()).isEqualTo(jobId);
      assertThat(captured.path("details").path("tableCount").asInt()).isEqualTo(13);
      assertThat(events.get(3).path("requestId").asText()).isEqualTo("req-delete");
    }
  }

  private List<ConsumerRecord<String, byte[]>> ours(TopicProbe probe) {
    return probe.records().stream().filter(r -> projectId.toString().equals(r.key())).toList();
  }

  private JsonNode data(ConsumerRecord<String, byte[]> record) {
    try {
      return json.readTree(record.value());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
