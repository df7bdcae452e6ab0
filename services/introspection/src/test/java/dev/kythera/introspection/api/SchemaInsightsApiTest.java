package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Diff, migration SQL, documents, health and heuristics of captured snapshots over the API. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class SchemaInsightsApiTest {
  private static final UUID PROJECT = UUID.randomUUID();
  private static String target;
  private static String connectionId;
  private static String first;

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
        TestTokens.internal()
            .user(UUID.randomUUID())
            .role("dev")
            .project(PROJECT, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  String base() {
    return "/api/projects/" + PROJECT;
  }

  String capture() {
    if (connectionId == null) {
      connectionId =
          as("write")
              .body(ConnectionApiTest.postgres("insights", target, ""))
              .post(base() + "/connections")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    UUID job =
        UUID.fromString(
            as("write")
                .body("{\"connectionId\":\"" + connectionId + "\"}")
                .post(base() + "/schema/snapshots")
                .then()
                .statusCode(202)
                .extract()
                .path("id"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.get(PROJECT, job).status().matches("done|error"));
    JobSnapshot done = jobs.get(PROJECT, job);
    assertThat(done.status()).as("%s", done.error()).isEqualTo("done");
    return done.result().path("snapshotId").asText();
  }

  String firstSnapshot() {
    if (first == null) {
      first = capture();
    }
    return first;
  }

  @Test
  void aDiffShowsWhatChangedAndTheMigrationSqlReplaysIt() {
    String before = firstSnapshot();
    TargetDatabases.execute(target, "ALTER TABLE customers ADD COLUMN phone varchar(30)");
    TargetDatabases.execute(target, "CREATE INDEX shipments_order_idx ON shipments (order_id)");
    TargetDatabases.execute(target, "DROP TABLE settings");
    String after = capture();

    JsonPath diff =
        as("read")
            .get(base() + "/schema/diff?from=" + before + "&to=" + after)
            .then()
            .statusCode(200)
            .body("summary.added", equalTo(2))
            .body("summary.removed", equalTo(1))
            .extract()
            .jsonPath();
    assertThat(diff.getList("changes.findAll { it.objectType == 'column' }.name", String.class))
        .containsExactly("phone");
    assertThat(diff.getList("changes.findAll { it.change == 'removed' }.name", String.class))
        .containsExactly("settings");

    String script =
        as("read")
            .get(
                base()
                    + "/schema/migration?from="
                    + before
                    + "&to="
                    + after
                    + "&dialect=postgresql")
            .then()
            .statusCode(200)
            .body("destructiveCount", equalTo(1))
            .extract()
            .path("script");
    assertThat(script).contains("ADD COLUMN \"phone\"").contains("DROP TABLE");
    as("read")
        .get(base() + "/schema/migration?from=" + before + "&to=" + after + "&dialect=oracle")
        .then()
        .statusCode(400);
    as("read").get(base() + "/schema/diff?from=" + before).then().statusCode(400);
  }

  @Test
  void documentsComeInEveryFormat() {
    String snapshot = firstSnapshot();
    String docs = base() + "/schema/snapshots/" + snapshot + "/docs?format=";
    as("read")
        .get(docs + "markdown")
        .then()
        .statusCode(200)
        .contentType(containsString("text/markdown"))
        .body(containsString("order_items"))
        .body(containsString("Login and contact address"));
    as("read")
        .get(docs + "html")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<pre class=\"mermaid\">"));
    as("read").get(docs + "mermaid").then().statusCode(200).body(containsString("erDiagram"));
    as("read")
        .get(docs + "liquibase")
        .then()
        .statusCode(200)
        .contentType(containsString("application/xml"))
        .body(containsString("databaseChangeLog"))
        .body(containsString("addForeignKeyConstraint"));
    as("read").get(docs + "pdf").then().statusCode(400);
  }

  @Test
  void theHealthAuditAndHeuristicsReadTheFixtureRight() {
    String snapshot = firstSnapshot();
    JsonPath health =
        as("read")
            .get(base() + "/schema/health?snapshotId=" + snapshot)
            .then()
            .statusCode(200)
            .body("counts.warning", greaterThan(0))
            .body("findings.code", hasItem("fk-without-index"))
            .extract()
            .jsonPath();
    assertThat(health.getList("findings.findAll { it.code == 'fk-cycle' }.location", String.class))
        .isNotEmpty();

    JsonPath insights =
        as("read")
            .get(base() + "/schema/insights?snapshotId=" + snapshot)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(insights.getString("tables.find { it.table == 'public.product_tags' }.role"))
        .isEqualTo("junction");
    assertThat(insights.getString("tables.find { it.table == 'public.audit_log' }.role"))
        .isEqualTo("log");
    assertThat(insights.getList("references.name", String.class)).contains("order_status");
    as("read").get(base() + "/schema/health").then().statusCode(400);
  }
}
