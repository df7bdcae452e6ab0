package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.grant;
import static dev.kythera.gateway.it.GatewayTestSupport.lastSeen;
import static dev.kythera.gateway.it.GatewayTestSupport.seen;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.kythera.testing.TestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.Test;

/** User tokens, roles, plans and project access, through real HTTP to fake backends. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayAuthTest {

  private static ValidatableResponse problem(
      ValidatableResponse response, int status, String code) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("code", equalTo(code))
        .body("type", notNullValue())
        .body("title", notNullValue())
        .body("traceId", notNullValue());
  }

  @Test
  void publicRouteIsForwardedWithAnAnonymousInternalToken() {
    given()
        .contentType("application/json")
        .body("{\"email\":\"a@example.com\"}")
        .header("X-Request-Id", "register-1")
        .post("/api/auth/register")
        .then()
        .statusCode(200)
        .body("service", equalTo("identity"))
        .body("callerRole", equalTo("viewer"))
        .body("claims.iss", equalTo("kythera-gateway"))
        .body("claims.aud", equalTo("kythera-services"))
        .body("claims.sub", equalTo("anonymous"))
        .body("claims.role", equalTo("viewer"))
        .body("claims.plan", equalTo("starter"))
        .body("headers.x-request-id", equalTo("register-1"))
        .body("claims.project", equalTo(null))
        .body("claims.perm", equalTo(null))
        .body("bodyLength", equalTo(25));
  }

  @Test
  void internalTokenLivesSixtySeconds() {
    Map<String, Object> claims =
        given().post("/api/auth/logout").then().statusCode(200).extract().path("claims");
    long iat = ((Number) claims.get("iat")).longValue();
    long exp = ((Number) claims.get("exp")).longValue();
    assertThat(exp - iat).isEqualTo(60);
  }

  @Test
  void internalTokensAreReusedForTheSameClaimsOnly() {
    UUID alice = UUID.randomUUID();
    String first = forwardedAuthorization(user(alice).role("qa").bearer());
    String second = forwardedAuthorization(user(alice).role("qa").bearer());
    String otherRole = forwardedAuthorization(user(alice).role("dev").bearer());
    String otherUser = forwardedAuthorization(user(UUID.randomUUID()).role("qa").bearer());
    assertThat(second).isEqualTo(first); // signing is skipped: the same claims, the same token
    assertThat(otherRole).isNotEqualTo(first);
    assertThat(otherUser).isNotEqualTo(first);
  }

  private static String forwardedAuthorization(String bearer) {
    return given()
        .header("Authorization", bearer)
        .get("/api/projects")
        .then()
        .statusCode(200)
        .extract()
        .path("headers.authorization");
  }

  @Test
  void validTokenOnAPublicRouteForwardsTheUser() {
    UUID id = UUID.randomUUID();
    given()
        .header("Authorization", user(id).role("qa").bearer())
        .post("/api/auth/register")
        .then()
        .statusCode(200)
        .body("claims.sub", equalTo(id.toString()))
        .body("claims.role", equalTo("qa"));
  }

  @Test
  void staleTokenOnAPublicRouteIsIgnored() {
    given()
        .header("Authorization", user(UUID.randomUUID()).expiresIn(-600).bearer())
        .post("/api/auth/refresh")
        .then()
        .statusCode(200)
        .body("claims.sub", equalTo("anonymous"));
  }

  @Test
  void authenticatedRouteForwardsTheUsersClaims() {
    UUID id = UUID.randomUUID();
    given()
        .header("Authorization", user(id).role("dev").plan("pro").bearer())
        .get("/api/projects?page=2")
        .then()
        .statusCode(200)
        .body("uri", equalTo("/api/projects?page=2"))
        .body("claims.sub", equalTo(id.toString()))
        .body("claims.role", equalTo("dev"))
        .body("claims.plan", equalTo("pro"))
        .body("claims.email", equalTo("dev@example.com"))
        .body("claims.project", equalTo(null));
  }

  @Test
  void missingTokenIsUnauthenticated() {
    problem(given().get("/api/projects").then(), 401, "UNAUTHENTICATED")
        .body("instance", equalTo("/api/projects"));
  }

  @Test
  void badTokensAreInvalid() {
    UUID id = UUID.randomUUID();
    String[] tokens = {
      user(id).expiresIn(-120).sign(),
      user(id).signedBy(TestKeys.stranger().getPrivate()).sign(),
      user(id).unsigned().sign(),
      user(id).hmacWithPublicKey().sign(),
      user(id).audience("someone-else").sign(),
      user(id).issuer("kythera-gateway").sign(),
      user(id).kid(null).sign(),
      user(id).role("emperor").sign(),
      "not.a.jwt",
      "garbage"
    };
    for (String token : tokens) {
      problem(
          given().header("Authorization", "Bearer " + token).get("/api/projects").then(),
          401,
          "INVALID_TOKEN");
    }
    problem(
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/projects").then(),
        401,
        "INVALID_TOKEN");
  }

  @Test
  void expiredTokenSaysSo() {
    given()
        .header("Authorization", user(UUID.randomUUID()).expiresIn(-120).bearer())
        .get("/api/auth/me")
        .then()
        .statusCode(401)
        .body("detail", containsString("expired"));
  }

  @Test
  void roleTooLowIsForbiddenAndSuperAdminPasses() {
    problem(
        given()
            .header("Authorization", user(UUID.randomUUID()).role("dev").bearer())
            .get("/api/reports/r1")
            .then(),
        403,
        "FORBIDDEN");
    given()
        .header("Authorization", user(UUID.randomUUID()).role("super_admin").bearer())
        .get("/api/reports/r1")
        .then()
        .statusCode(200)
        .body("claims.role", equalTo("super_admin"));
  }

  @Test
  void planTooLowNamesThePlan() {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "owner");
    problem(
            given()
                .header("Authorization", user(id).plan("starter").bearer())
                .get("/api/projects/" + project + "/pro-reports")
                .then(),
            402,
            "PLAN_REQUIRED")
        .body("detail", containsString("pro"));
  }

  @Test
  void superAdminIsRefusedOnProjectRoutes() {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "owner");
    problem(
        given()
            .header("Authorization", user(id).role("super_admin").bearer())
            .get("/api/projects/" + project)
            .then(),
        403,
        "FORBIDDEN");
  }

  @Test
  void projectRouteForwardsProjectAndPermission() {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "write");
    given()
        .header("Authorization", user(id).bearer())
        .contentType("application/json")
        .body("{\"steps\":3}")
        .post("/api/projects/" + project + "/diagnostics/selftest")
        .then()
        .statusCode(200)
        .body("service", equalTo("generation"))
        .body("claims.sub", equalTo(id.toString()))
        .body("claims.project", equalTo(project.toString()))
        .body("claims.perm", equalTo("write"));
  }

  @Test
  void strangerToAProjectGetsNotFound() {
    problem(
            given()
                .header("Authorization", user(UUID.randomUUID()).bearer())
                .get("/api/projects/" + UUID.randomUUID())
                .then(),
            404,
            "NOT_FOUND")
        .body("detail", equalTo("Project not found"));
  }

  @Test
  void permissionTooLowIsForbidden() {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "admin");
    String token = user(id).bearer();
    problem(
        given().header("Authorization", token).delete("/api/projects/" + project).then(),
        403,
        "FORBIDDEN");
    problem(
        given()
            .header("Authorization", token)
            .contentType("application/json")
            .body("{}")
            .patch("/api/projects/" + project)
            .then(),
        403,
        "FORBIDDEN");
    given()
        .header("Authorization", token)
        .contentType("application/json")
        .body("{\"environments\":[]}")
        .put("/api/projects/" + project + "/config")
        .then()
        .statusCode(200);
  }

  @Test
  void malformedProjectIdIsRejected() {
    problem(
            given()
                .header("Authorization", user(UUID.randomUUID()).bearer())
                .get("/api/projects/1-2-3-4-5")
                .then(),
            400,
            "VALIDATION_FAILED")
        .body("errors[0].field", equalTo("projectId"));
  }

  @Test
  void accessAnswersAreCachedBriefly() {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "read");
    String token = user(id).bearer();
    for (int i = 0; i < 3; i++) {
      given()
          .header("Authorization", token)
          .get("/api/projects/" + project + "/jobs")
          .then()
          .statusCode(200);
    }
    long lookups =
        seen().stream()
            .filter(
                r ->
                    ((String) r.get("uri"))
                        .equals("/internal/projects/" + project + "/access?userId=" + id))
            .count();
    assertThat(lookups).isEqualTo(1);
    Map<String, Object> lookup = lastSeen("/internal/projects/" + project);
    @SuppressWarnings("unchecked")
    Map<String, Object> claims = (Map<String, Object>) lookup.get("claims");
    assertThat(claims).containsEntry("sub", "service:gateway").containsEntry("role", "super_admin");
  }

  @Test
  void newSigningKeyIsPickedUpOnFirstUse() throws Exception {
    RsaJsonWebKey rotated = RsaJwkGenerator.generateJwk(2048);
    rotated.setKeyId("identity-2");
    RsaJsonWebKey current =
        new RsaJsonWebKey(
            (java.security.interfaces.RSAPublicKey)
                dev.kythera.platform.security.PemKeys.publicKey(
                    GatewayTestSupport.keysDir().resolve("identity-public.pem")));
    current.setKeyId(FakeBackends.KID);
    given()
        .baseUri(GatewayTestSupport.identityUrl())
        .body(new JsonWebKeySet(current, rotated).toJson())
        .post("/__fake/jwks")
        .then()
        .statusCode(204);
    String token =
        user(UUID.randomUUID()).kid("identity-2").signedBy(rotated.getRsaPrivateKey()).bearer();
    int status = 0;
    for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
      // the refetch is rate-limited (1 s in tests); retry past it
      status = given().header("Authorization", token).get("/api/projects").statusCode();
      if (status != 200) {
        Thread.sleep(200);
      }
    }
    assertThat(status).isEqualTo(200);
  }
}
