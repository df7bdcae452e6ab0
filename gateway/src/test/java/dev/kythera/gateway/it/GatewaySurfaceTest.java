package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.lastSeen;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the gateway serves itself: docs, the start page, health; and what it never serves. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewaySurfaceTest {

  @Test
  void serviceOpenApiIsProxiedWithoutAuth() {
    given()
        .get("/api/docs/identity/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("identity"));
    Map<String, Object> seen = lastSeen("/q/openapi");
    assertThat(seen.get("uri")).isEqualTo("/q/openapi?format=json");
    given()
        .get("/api/docs/generation/openapi")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("generation"));
  }

  @Test
  void docsOfUnknownServiceAreNotFoundAndOfADownServiceBadGateway() {
    given().get("/api/docs/nope/openapi").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    given()
        .get("/api/docs/patch/openapi")
        .then()
        .statusCode(502)
        .body("code", equalTo("BAD_GATEWAY"));
  }

  @Test
  void swaggerUiListsEveryService() {
    given()
        .get("/api/docs/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("/api/docs/identity/openapi"))
        .body(containsString("/api/docs/compliance/openapi"));
  }

  @Test
  void readinessReportsDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(startsWith("Database connections")))
        .body("checks.name", hasItem(startsWith("Kafka")));
  }

  @Test
  void internalPathsAreNeverServed() {
    given().get("/internal/whoami").then().statusCode(404).contentType("application/problem+json");
  }
}
