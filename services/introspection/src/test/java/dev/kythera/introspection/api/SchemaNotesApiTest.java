package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Annotations, reference definitions and relation decisions, checked against the snapshot. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class SchemaNotesApiTest {
  private static String target;
  private final UUID projectId = UUID.randomUUID();

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
            .project(projectId, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  String base() {
    return "/api/projects/" + projectId;
  }

  String connection(boolean withSnapshot) {
    String id =
        as("write")
            .body(ConnectionApiTest.postgres("notes-" + UUID.randomUUID(), target, ""))
            .post(base() + "/connections")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (withSnapshot) {
      UUID job =
          UUID.fromString(
              as("write")
                  .body("{\"connectionId\":\"" + id + "\"}")
                  .post(base() + "/schema/snapshots")
                  .then()
                  .statusCode(202)
                  .extract()
                  .path("id"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> jobs.get(projectId, job).status().equals("done"));
    }
    return id;
  }

  @Test
  void annotationsPointAtExistingTablesAndColumnsOnly() {
    String c = connection(true);
    String id =
        as("write")
            .body(
                "{\"connectionId\":\""
                    + c
                    + "\",\"target\":\"public.orders.status\",\"body\":\"Set by the payment flow\"}")
            .post(base() + "/annotations")
            .then()
            .statusCode(201)
            .body("target", equalTo("public.orders.status"))
            .extract()
            .path("id");
    as("write")
        .body("{\"connectionId\":\"" + c + "\",\"target\":\"public.nope\",\"body\":\"x\"}")
        .post(base() + "/annotations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("target"));
    as("write")
        .body("{\"body\":\"Set when the payment clears\"}")
        .put(base() + "/annotations/" + id)
        .then()
        .statusCode(200)
        .body("body", equalTo("Set when the payment clears"));
    as("read")
        .get(base() + "/annotations?connectionId=" + c)
        .then()
        .statusCode(200)
        .body("", hasSize(1));
    as("read").delete(base() + "/annotations/" + id).then().statusCode(403);
    as("write").delete(base() + "/annotations/" + id).then().statusCode(204);
  }

  @Test
  void detectedReferencesCanBeAdoptedOnceAndEditedByHand() {
    String c = connection(true);
    List<String> adopted =
        as("write")
            .body("{\"connectionId\":\"" + c + "\"}")
            .post(base() + "/references/adopt")
            .then()
            .statusCode(200)
            .extract()
            .path("name");
    assertThat(adopted).contains("order_status");
    as("write")
        .body("{\"connectionId\":\"" + c + "\"}")
        .post(base() + "/references/adopt")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
    String id =
        as("write")
            .body(
                "{\"connectionId\":\""
                    + c
                    + "\",\"name\":\"carriers\",\"values\":[\"post\",\"dhl\",\"ups\"]}")
            .post(base() + "/references")
            .then()
            .statusCode(201)
            .body("kind", equalTo("manual"))
            .extract()
            .path("id");
    as("write")
        .body("{\"connectionId\":\"" + c + "\",\"name\":\"carriers\",\"values\":[]}")
        .post(base() + "/references")
        .then()
        .statusCode(409);
    as("write")
        .body("{\"name\":\"carriers\",\"values\":[\"post\",\"dhl\"]}")
        .put(base() + "/references/" + id)
        .then()
        .statusCode(200)
        .body("values", hasSize(2));
    as("write")
        .body("{\"connectionId\":\"" + c + "\",\"name\":\"x\",\"kind\":\"magic\"}")
        .post(base() + "/references")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("kind"));
  }

  @Test
  void relationDecisionsNeedRealColumnsAndASnapshot() {
    String c = connection(true);
    String relation =
        "{\"connectionId\":\""
            + c
            + "\",\"fromTable\":\"public.audit_log\",\"fromColumns\":[\"actor\"],"
            + "\"toTable\":\"public.customers\",\"toColumns\":[\"email\"],\"status\":\"confirmed\"}";
    String id =
        as("write")
            .body(relation)
            .put(base() + "/relations")
            .then()
            .statusCode(200)
            .body("status", equalTo("CONFIRMED"))
            .extract()
            .path("id");
    as("write")
        .body(relation.replace("confirmed", "rejected"))
        .put(base() + "/relations")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("REJECTED"));
    as("write")
        .body(relation.replace("\"email\"", "\"nope\""))
        .put(base() + "/relations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("toColumns"));
    as("read")
        .get(base() + "/relations?connectionId=" + c)
        .then()
        .statusCode(200)
        .body("", hasSize(1));

    String bare = connection(false);
    as("write").body(relation.replace(c, bare)).put(base() + "/relations").then().statusCode(409);
  }
}
