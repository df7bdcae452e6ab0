package dev.kythera.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service must do before it has features: start, migrate, report health (database and
 * Kafka) and refuse any call that does not carry a valid gateway token. A service's test extends
 * this with {@code @QuarkusTest} and its test resource.
 */
public abstract class ServiceFoundationContract {

  /** A path of this service that exists and needs no project access, e.g. a list endpoint. */
  protected abstract String anyApiPath();

  @Test
  void readinessReportsDatabaseAndKafkaUp() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(startsWith("Database connections")))
        .body("checks.name", hasItem(startsWith("Kafka")));
  }

  @Test
  void callWithoutTokenIsRefusedWithProblemJson() {
    given()
        .when()
        .get(anyApiPath())
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void unknownPathWithoutTokenIsRefusedToo() {
    given().when().get("/api/does-not-exist").then().statusCode(401);
  }

  @Test
  void unsignedTokenIsRefused() {
    given()
        .header("Authorization", "Bearer " + TestTokens.algNone(UUID.randomUUID()))
        .when()
        .get(anyApiPath())
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void tokenSignedByAnotherKeyIsRefused() {
    String forged =
        TestTokens.internal()
            .user(UUID.randomUUID())
            .role("admin")
            .signedBy(TestKeys.stranger().getPrivate())
            .sign();
    given()
        .header("Authorization", "Bearer " + forged)
        .when()
        .get(anyApiPath())
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void expiredTokenIsRefused() {
    String expired = TestTokens.internal().user(UUID.randomUUID()).expiresIn(-120).sign();
    given()
        .header("Authorization", "Bearer " + expired)
        .when()
        .get(anyApiPath())
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void tokenForAnotherAudienceIsRefused() {
    String wrong = TestTokens.internal().user(UUID.randomUUID()).audience("someone-else").sign();
    given()
        .header("Authorization", "Bearer " + wrong)
        .when()
        .get(anyApiPath())
        .then()
        .statusCode(401)
        .body("code", equalTo("INVALID_TOKEN"));
  }

  @Test
  void unknownRouteWithValidTokenIsProblemJson404() {
    given()
        .header("Authorization", TestTokens.anonymousBearer())
        .when()
        .get("/api/does-not-exist")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void bodyOverOneMebibyteIsRefusedWithProblemJson() {
    String oversized = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
    given()
        .header("Authorization", TestTokens.anonymousBearer())
        .contentType("application/json")
        .body(oversized)
        .when()
        .post(anyApiPath())
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413))
        .body("code", equalTo("PAYLOAD_TOO_LARGE"));
  }
}
