package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.kythera.platform.security.InternalTokenClaims;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestKeys;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /internal/stats}: the platform's connection count, for identity's service token. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class InternalStatsApiTest {
  private static String target;

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
  }

  private static String serviceBearer(String service) {
    return "Bearer "
        + TestTokens.internal()
            .service(service)
            .issuer(InternalTokenClaims.SERVICE_ISSUER)
            .signedBy(TestKeys.servicePrivate())
            .sign();
  }

  private static long connections() {
    return given()
        .header("Authorization", serviceBearer("identity"))
        .get("/internal/stats")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath()
        .getLong("connections");
  }

  private static String create(UUID projectId, String name) {
    return given()
        .header(
            "Authorization",
            "Bearer "
                + TestTokens.internal()
                    .user(UUID.randomUUID())
                    .role("dev")
                    .project(projectId, "write")
                    .sign())
        .contentType("application/json")
        .body(ConnectionApiTest.postgres(name, target, ""))
        .post("/api/projects/" + projectId + "/connections")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void identityReadsTheConnectionCountOfEveryProject() {
    long before = connections();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    create(first, "one");
    String doomed = create(first, "two");
    create(second, "three");
    assertThat(connections()).isEqualTo(before + 3);

    given()
        .header(
            "Authorization",
            "Bearer "
                + TestTokens.internal()
                    .user(UUID.randomUUID())
                    .role("dev")
                    .project(first, "admin")
                    .sign())
        .delete("/api/projects/" + first + "/connections/" + doomed)
        .then()
        .statusCode(204);
    assertThat(connections()).isEqualTo(before + 2);
  }

  @Test
  void onlyIdentitysServiceTokenPasses() {
    // Other services may read descriptors, not platform counts.
    given()
        .header("Authorization", serviceBearer("generation"))
        .get("/internal/stats")
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    // A user's token, whatever its role, and a service token signed by an unknown key: refused.
    given()
        .header(
            "Authorization",
            "Bearer " + TestTokens.internal().user(UUID.randomUUID()).role("super_admin").sign())
        .get("/internal/stats")
        .then()
        .statusCode(403);
    given()
        .header(
            "Authorization",
            "Bearer "
                + TestTokens.internal()
                    .service("identity")
                    .issuer(InternalTokenClaims.SERVICE_ISSUER)
                    .signedBy(TestKeys.stranger().getPrivate())
                    .sign())
        .get("/internal/stats")
        .then()
        .statusCode(401);
    given().get("/internal/stats").then().statusCode(401);
  }
}
