package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import dev.kythera.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Capturing snapshots as jobs, reading them, their graph, and the schema event. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class SnapshotApiTest {
  private static String target;
  private final UUID projectId = UUID.randomUUID();
  private final UUID userId = UUID.randomUUID();

  @Inject Jobs jobs;

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
  }

  RequestSpecification as(String permission) {
    String token =
        TestTokens.internal().user(userId).role("dev").project(projectId, permission).sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  String base() {
    return "/api/projects/" + projectId;
  }

  String connection() {
    return as("write")
        .body(ConnectionApiTest.postgres("shop", target, ""))
        .post(base() + "/connections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Starts a capture and waits for the job to end; returns the finished job. */
  JobSnapshot capture(String connectionId) {
    String jobId =
        as("write")
            .body("{\"connectionId\":\"" + connectionId + "\"}")
            .post(base() + "/schema/snapshots")
            .then()
            .statusCode(202)
            .body("type", equalTo("introspection.capture"))
            .extract()
            .path("id");
    UUID id = UUID.fromString(jobId);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> jobs.get(projectId, id).status().matches("done|error|cancelled"));
    return jobs.get(projectId, id);
  }

  @Test
  void aCaptureJobStoresASnapshotWithTheWholeModelAndAnnouncesIt() {
    String connectionId = connection();
    JobSnapshot job = capture(connectionId);
    assertThat(job.status()).as("job error: %s", job.error()).isEqualTo("done");
    String snapshotId = job.result().path("snapshotId").asText();
    assertThat(job.result().path("tableCount").asInt()).isEqualTo(13);
    assertThat(job.result().path("catalogMillis").asLong()).isNotNegative();

    as("read")
        .get(base() + "/schema/snapshots?connectionId=" + connectionId)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].id", equalTo(snapshotId))
        .body("[0].tableCount", equalTo(13))
        .body("[0].viewCount", equalTo(1));

    JsonPath snapshot =
        as("read")
            .get(base() + "/schema/snapshots/" + snapshotId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(snapshot.getList("model.tables.name.name", String.class))
        .contains("orders", "order_items", "shipments", "customer_orders");
    assertThat(snapshot.getList("model.enums[0].values", String.class))
        .containsExactly("pending", "paid", "shipped", "cancelled");

    as("read")
        .get(base() + "/connections/" + connectionId)
        .then()
        .body("lastSnapshot.id", equalTo(snapshotId));

    try (TopicProbe probe = new TopicProbe(EventTypes.TOPIC_SCHEMA)) {
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> !probe.withAttribute("subject", "snapshots/" + snapshotId).isEmpty());
      var event = probe.withAttribute("subject", "snapshots/" + snapshotId).get(0);
      assertThat(TopicProbe.header(event, "ce_type"))
          .isEqualTo(EventTypes.SCHEMA_SNAPSHOT_CAPTURED);
      assertThat(event.key()).isEqualTo(projectId.toString());
      assertThat(new String(event.value(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"tableCount\":13");
    }
  }

  @Test
  void theGraphHasCyclesAnInsertOrderAndCommunities() {
    JobSnapshot job = capture(connection());
    String snapshotId = job.result().path("snapshotId").asText();
    JsonPath graph =
        as("read")
            .get(base() + "/graph?snapshotId=" + snapshotId)
            .then()
            .statusCode(200)
            .body("nodes", hasSize(13))
            .body("cycles", hasItem(List.of("public.departments", "public.employees")))
            .extract()
            .jsonPath();
    List<String> order = graph.getList("topologicalOrder", String.class);
    assertThat(order.indexOf("public.customers")).isLessThan(order.indexOf("public.orders"));
    assertThat(order.indexOf("public.orders")).isLessThan(order.indexOf("public.order_items"));
    assertThat(graph.getList("edges.findAll { it.deferred }.name", String.class))
        .contains("departments_manager_fk");
    as("read").get(base() + "/graph").then().statusCode(400);
    as("read").get(base() + "/graph?snapshotId=" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void snapshotsOfAnotherProjectAreNotFoundAndDeletesNeedWrite() {
    JobSnapshot job = capture(connection());
    String snapshotId = job.result().path("snapshotId").asText();
    UUID other = UUID.randomUUID();
    String token = TestTokens.internal().user(userId).project(other, "admin").sign();
    given()
        .header("Authorization", "Bearer " + token)
        .get("/api/projects/" + other + "/schema/snapshots/" + snapshotId)
        .then()
        .statusCode(404);
    as("read").delete(base() + "/schema/snapshots/" + snapshotId).then().statusCode(403);
    as("write").delete(base() + "/schema/snapshots/" + snapshotId).then().statusCode(204);
    as("read").get(base() + "/schema/snapshots/" + snapshotId).then().statusCode(404);
  }

  @Test
  void servicesReadSnapshotsOverTheInternalApiAndUsersCannot() {
    String connectionId = connection();
    // Signed the way services sign calls to each other (platform ServiceTokens), not by the
    // gateway.
    String service =
        "Bearer "
            + TestTokens.internal()
                .service("generation")
                .issuer(dev.kythera.platform.security.InternalTokenClaims.SERVICE_ISSUER)
                .signedBy(dev.kythera.testing.TestKeys.servicePrivate())
                .sign();
    given()
        .header("Authorization", service)
        .get(
            "/internal/projects/" + projectId + "/connections/" + connectionId + "/latest-snapshot")
        .then()
        .statusCode(409);
    String snapshotId = capture(connectionId).result().path("snapshotId").asText();
    given()
        .header("Authorization", service)
        .get(
            "/internal/projects/" + projectId + "/connections/" + connectionId + "/latest-snapshot")
        .then()
        .statusCode(200)
        .body("summary.id", equalTo(snapshotId))
        .body("model.tables", hasSize(14));
    given()
        .header("Authorization", service)
        .get("/internal/projects/" + projectId + "/schema/snapshots/" + snapshotId)
        .then()
        .statusCode(200);
    as("write")
        .body(
            "{\"name\":\"order states\",\"kind\":\"manual\",\"source\":\"public.orders.status\","
                + "\"values\":[\"new\",\"paid\"],\"connectionId\":\""
                + connectionId
                + "\"}")
        .post(base() + "/references")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", service)
        .get("/internal/projects/" + projectId + "/connections/" + connectionId + "/references")
        .then()
        .statusCode(200)
        .body("source", hasItem("public.orders.status"))
        .body("find { it.source == 'public.orders.status' }.values", hasItem("paid"));
    as("admin")
        .get("/internal/projects/" + projectId + "/schema/snapshots/" + snapshotId)
        .then()
        .statusCode(403);
    as("admin")
        .get("/internal/projects/" + projectId + "/connections/" + connectionId + "/references")
        .then()
        .statusCode(403);
  }

  @Test
  void aCaptureOfAnUnknownConnectionIsRefusedBeforeAnyJobStarts() {
    as("write")
        .body("{\"connectionId\":\"" + UUID.randomUUID() + "\"}")
        .post(base() + "/schema/snapshots")
        .then()
        .statusCode(404);
    as("write").body("{}").post(base() + "/schema/snapshots").then().statusCode(400);
  }
}
