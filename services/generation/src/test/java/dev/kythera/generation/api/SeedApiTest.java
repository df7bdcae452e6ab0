package dev.kythera.generation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.connectors.Engine;
import dev.kythera.generation.CancelCommands;
import dev.kythera.generation.application.service.TargetFixtures;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.KafkaClients;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import dev.kythera.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed generation through its REST API and job pipeline, writing into a real PostgreSQL fixture
 * database whose snapshot and descriptor come over HTTP from a stand-in of introspection's internal
 * API: plan, dry-run preview, run with progress to done, history, cancel, plan limits, QA
 * templates, and bad plans refused before anything is written.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "generation"))
class SeedApiTest {
  private static final List<String> FLAGS =
      List.of("CREATE TABLE flags (id serial PRIMARY KEY, enabled boolean NOT NULL UNIQUE)");

  private final UUID projectId = UUID.randomUUID();
  private final UUID userId = UUID.randomUUID();

  @Inject ObjectMapper json;
  @Inject Jobs jobs;
  @Inject KafkaClients kafka;
  @Inject AgroalDataSource platform;

  private FakeIntrospection introspection;
  private Target target;
  private UUID connectionId;

  @BeforeEach
  void connect() {
    introspection = FakeIntrospection.start();
    target = TargetFixtures.create(Engine.POSTGRESQL, FLAGS);
    connectionId =
        introspection
            .register(
                projectId, json.valueToTree(target.model()), json.valueToTree(target.descriptor()))
            .connectionId();
  }

  @AfterEach
  void dropTarget() {
    target.drop();
  }

  private String token(String plan, String permission) {
    return "Bearer "
        + TestTokens.internal()
            .user(userId)
            .role("dev")
            .plan(plan)
            .project(projectId, permission)
            .sign();
  }

  private String body(String tables) {
    return "{\"connectionId\":\"" + connectionId + "\",\"seed\":42,\"tables\":" + tables + "}";
  }

  private io.restassured.response.Response post(String path, String plan, String body) {
    return given()
        .header("Authorization", token(plan, "write"))
        .contentType("application/json")
        .body(body)
        .when()
        .post("/api/projects/" + projectId + path);
  }

  @Test
  void thePlanAddsParentsInForeignKeyOrder() {
    JsonPath plan =
        post("/seed/plan", "starter", body("[{\"table\":\"order_items\",\"rows\":200}]"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> tables = plan.getList("tables.table");
    assertThat(tables)
        .containsSubsequence("public.customers", "public.orders", "public.order_items");
    assertThat(plan.getBoolean("tables.find { it.table == 'public.customers' }.addedAsParent"))
        .isTrue();
    assertThat(plan.getLong("totalRows")).isGreaterThan(200);
    assertThat(plan.getLong("rowLimit")).isEqualTo(10_000);
    assertThat(plan.getString("snapshotId")).isNotNull();
    assertThat(introspection.subjects).contains("service:generation");
  }

  @Test
  void badPlansAreRefusedWithEveryProblemBeforeAnythingIsWritten() throws SQLException {
    post(
            "/seed/runs",
            "starter",
            body("[{\"table\":\"nosuch\",\"rows\":5},{\"table\":\"flags\",\"rows\":10}]"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("no table nosuch")))
        .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("enabled")));
    post(
            "/seed/runs",
            "starter",
            body(
                "[{\"table\":\"orders\",\"rows\":5,\"overrides\":[{\"column\":\"status\",\"type\":\"nonsense\"}]}]"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("tables[0].overrides[0].type"));
    post("/seed/runs", "starter", "{\"seed\":1,\"tables\":[{\"table\":\"orders\",\"rows\":5}]}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("connectionId"));
    assertThat(rows("SELECT COUNT(*) FROM flags")).isZero();
    assertThat(rows("SELECT COUNT(*) FROM orders")).isZero();
    assertThat(history()).isEmpty();
  }

  @Test
  void aPlanAboveTheRowLimitNamesThePlanThatAllowsIt() {
    post("/seed/plan", "starter", body("[{\"table\":\"audit_log\",\"rows\":20000}]"))
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("pro"));
  }

  @Test
  void thePreviewShowsTheRowsARunWritesAndWritesNothing() throws Exception {
    String request = body("[{\"table\":\"customers\",\"rows\":30}]");
    JsonPath preview =
        post("/seed/preview?rows=5", "starter", request)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> columns =
        preview.getList("tables.find { it.table == 'public.customers' }.columns");
    List<List<Object>> previewRows =
        preview.getList("tables.find { it.table == 'public.customers' }.rows");
    assertThat(previewRows).hasSize(5);
    assertThat(rows("SELECT COUNT(*) FROM customers")).isZero();

    JobSnapshot job =
        awaitEnd(run(request.replace("\"tables\"", "\"mode\":\"truncate\",\"tables\"")));
    assertThat(job.status()).isEqualTo("done");
    int email = columns.indexOf("email");
    assertThat(strings("SELECT email FROM customers ORDER BY id LIMIT 5"))
        .containsExactlyElementsOf(
            previewRows.stream().map(row -> String.valueOf(row.get(email))).toList());
  }

  @Test
  void aRunIsAJobThatWritesVerifiesAndRecordsHistory() throws Exception {
    String request =
        "{\"connectionId\":\""
            + connectionId
            + "\",\"seed\":7,\"mode\":\"truncate\",\"tables\":[{\"table\":\"customers\",\"rows\":100},"
            + "{\"table\":\"orders\",\"perParent\":{\"parent\":\"customers\",\"min\":1,\"max\":3}},"
            + "{\"table\":\"employees\",\"rows\":40}]}";
    JobSnapshot job;
    try (TopicProbe audit = new TopicProbe(EventTypes.TOPIC_AUDIT)) {
      job = awaitEnd(run(request));
      String historyId = job.result().path("historyId").asText();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  audit.records().stream()
                      .filter(record -> projectId.toString().equals(record.key()))
                      .map(
                          record ->
                              new String(record.value(), java.nio.charset.StandardCharsets.UTF_8))
                      .anyMatch(
                          data -> data.contains("seed.finished") && data.contains(historyId)));
    }

    assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo("done");
    assertThat(job.result().path("integrity").path("violations").size()).isZero();
    assertThat(job.result().path("integrity").path("checked").asInt()).isPositive();
    assertThat(rows("SELECT COUNT(*) FROM customers")).isEqualTo(100);
    assertThat(rows("SELECT COUNT(*) FROM orders")).isBetween(100L, 300L);
    JsonPath history =
        given()
            .header("Authorization", token("starter", "read"))
            .get(
                "/api/projects/"
                    + projectId
                    + "/seed/history/"
                    + job.result().path("historyId").asText())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getString("status")).isEqualTo("done");
    assertThat(history.getString("outcome")).isEqualTo("committed");
    assertThat(history.getLong("seed")).isEqualTo(7);
    assertThat(history.getLong("tables.find { it.table == 'public.customers' }.written"))
        .isEqualTo(100);
  }

  @Test
  void aCancelledRunIsRolledBackAndSaysSo() throws Exception {
    String request = body("[{\"table\":\"audit_log\",\"rows\":3000000}]");
    String jobId =
        post("/seed/runs", "enterprise", request).then().statusCode(202).extract().path("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> jobs.get(projectId, UUID.fromString(jobId)).progress() > 0.05);
    cancel(jobId);
    JobSnapshot job = awaitEnd(jobId);

    assertThat(job.status()).isEqualTo("cancelled");
    assertThat(rows("SELECT COUNT(*) FROM audit_log")).isZero();
    JsonPath history = history().get(0);
    assertThat(history.getString("status")).isEqualTo("cancelled");
    assertThat(history.getString("outcome")).isEqualTo("rolled back");
  }

  @Test
  void columnsDrawFromTheProjectsReferenceDefinitions() throws Exception {
    introspection.references.put(
        connectionId,
        "[{\"name\":\"carriers\",\"kind\":\"manual\",\"source\":\"public.shipments.carrier\","
            + "\"values\":[\"dhl\",\"ups\"]}]");
    String request = body("[{\"table\":\"shipments\",\"rows\":60}]");
    JsonPath plan =
        post("/seed/plan", "starter", request).then().statusCode(200).extract().jsonPath();
    assertThat(
            plan.getString(
                "tables.find { it.table == 'public.shipments' }.columns.find { it.name == 'carrier' }.generator"))
        .isEqualTo("override:weighted");

    JobSnapshot job = awaitEnd(run(request));

    assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo("done");
    assertThat(strings("SELECT DISTINCT carrier FROM shipments ORDER BY 1"))
        .containsExactly("dhl", "ups");
  }

  @Test
  void templatesAreVersionedParameterisedAndRunAgain() throws Exception {
    String template =
        "{\"name\":\"checkout QA\",\"description\":\"customers with orders\",\"parameters\":"
            + "[{\"name\":\"customers\",\"defaultValue\":\"10\"},{\"name\":\"most\"}],"
            + "\"spec\":{\"connectionId\":\""
            + connectionId
            + "\",\"mode\":\"truncate\",\"entity\":{\"root\":\"customers\",\"count\":\"${customers}\","
            + "\"children\":[{\"table\":\"orders\",\"min\":1,\"max\":\"${most}\"}]}}}";
    String id =
        post("/qa-templates", "starter", template).then().statusCode(201).extract().path("id");
    given()
        .header("Authorization", token("starter", "write"))
        .contentType("application/json")
        .body(template.replace("customers with orders", "changed"))
        .put("/api/projects/" + projectId + "/qa-templates/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(2));
    post("/qa-templates/" + id + "/run", "starter", "{\"parameters\":{\"unknown\":\"1\"}}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("parameters.unknown"));

    String jobId =
        post(
                "/qa-templates/" + id + "/run",
                "starter",
                "{\"parameters\":{\"customers\":\"25\",\"most\":\"2\"}}")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    JobSnapshot job = awaitEnd(jobId);

    assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo("done");
    assertThat(rows("SELECT COUNT(*) FROM customers")).isEqualTo(25);
    assertThat(rows("SELECT COUNT(*) FROM orders")).isBetween(25L, 50L);
    JsonPath history = history().get(0);
    assertThat(history.getString("strategy")).isEqualTo("entity");
    assertThat(history.getString("scenarioId")).isEqualTo(id);
  }

  private String run(String request) {
    return post("/seed/runs", "starter", request).then().statusCode(202).extract().path("id");
  }

  private JobSnapshot awaitEnd(String jobId) {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                List.of("done", "error", "cancelled")
                    .contains(jobs.get(projectId, UUID.fromString(jobId)).status()));
    return jobs.get(projectId, UUID.fromString(jobId));
  }

  private List<JsonPath> history() {
    List<Map<String, Object>> entries =
        given()
            .header("Authorization", token("starter", "read"))
            .get("/api/projects/" + projectId + "/seed/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return entries.stream().map(entry -> new JsonPath(json.valueToTree(entry).toString())).toList();
  }

  private void cancel(String jobId) throws Exception {
    CancelCommands.send(kafka, jobId);
  }

  private long rows(String sql) throws SQLException {
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection connection = target.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      List<String> values = new java.util.ArrayList<>();
      while (result.next()) {
        values.add(result.getString(1));
      }
      return values;
    }
  }
}
