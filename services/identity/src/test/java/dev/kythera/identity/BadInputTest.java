package dev.kythera.identity;

import static dev.kythera.identity.support.Api.PASSWORD;
import static dev.kythera.identity.support.Api.anonymous;
import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.testing.KytheraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a clear problem+json answer and changes nothing. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class BadInputTest {

  @Inject AgroalDataSource dataSource;

  private long users;
  private long projects;

  @BeforeEach
  void rememberCounts() {
    users = Db.count(dataSource, "users");
    projects = Db.count(dataSource, "projects");
  }

  private void assertNothingStored() {
    assertThat(Db.count(dataSource, "users")).isEqualTo(users);
    assertThat(Db.count(dataSource, "projects")).isEqualTo(projects);
  }

  @Test
  void malformedJsonIs400() {
    anonymous()
        .body("{\"email\": \"a@b.test\", \"password\": ")
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("status", equalTo(400));
    UUID owner = UUID.randomUUID();
    Api.as(owner).body("[1,2").post("/api/projects").then().statusCode(400);
    assertNothingStored();
  }

  @Test
  void wrongJsonTypesAre400() {
    anonymous()
        .body("{\"email\": {\"nested\": true}, \"password\": \"x\"}")
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("errors[0].field", equalTo("email"));
    anonymous()
        .body("[]")
        .post("/api/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    assertNothingStored();
  }

  @Test
  void missingBodyIs400() {
    anonymous()
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.as(UUID.randomUUID()).post("/api/projects").then().statusCode(400);
    assertNothingStored();
  }

  @Test
  void everyInvalidFieldIsNamed() {
    anonymous()
        .body(body("email", "not-an-address", "password", "short"))
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("type", equalTo("https://kythera.dev/problems/validation-failed"))
        .body("errors.field", containsInAnyOrder("email", "password"));
    anonymous()
        .body("{}")
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("email", "password"));
    anonymous()
        .body(body("email", Api.uniqueEmail("long"), "password", "x".repeat(129)))
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", equalTo("must be at most 128 characters"));
    anonymous()
        .body(body("email", Api.uniqueEmail("nine"), "password", "123456789"))
        .post("/api/auth/register")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must be at least 10 characters"));
    anonymous()
        .body("{}")
        .post("/api/auth/login")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("email", "password"));
    anonymous()
        .body("{}")
        .post("/api/auth/refresh")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("refreshToken"));
    anonymous()
        .body("{}")
        .post("/api/auth/verify-email")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("token"));
    anonymous()
        .body(body("email", "nope"))
        .post("/api/auth/forgot-password")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("email"));
    anonymous()
        .body(body("token", "abc", "password", "short"))
        .post("/api/auth/reset-password")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("password"));
    assertNothingStored();
  }

  @Test
  void invalidProjectFieldsAre400() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("fields"));
    rememberCounts();
    Api.as(owner)
        .body("{}")
        .post("/api/projects")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    Api.as(owner).body(body("name", "   ")).post("/api/projects").then().statusCode(400);
    Api.as(owner)
        .body(body("name", "x".repeat(101)))
        .post("/api/projects")
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("must be at most 100 characters"));
    Api.as(owner)
        .body(body("name", "ok", "description", "d".repeat(1001)))
        .post("/api/projects")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("description"));
    assertNothingStored();

    String id =
        Api.as(owner)
            .body(body("name", "Valid"))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID projectId = UUID.fromString(id);
    Api.as(owner, projectId, "owner")
        .body(body("name", ""))
        .patch("/api/projects/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    Api.as(owner, projectId, "owner")
        .get("/api/projects/" + id)
        .then()
        .body("name", equalTo("Valid"));
    Api.as(owner)
        .get("/api/projects/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("projectId"));
  }

  @Test
  void wrongContentTypeIs415() {
    anonymous()
        .contentType(ContentType.TEXT)
        .body("email=a@b.test&password=" + PASSWORD)
        .post("/api/auth/register")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    Api.as(UUID.randomUUID())
        .contentType(ContentType.URLENC)
        .formParam("name", "x")
        .post("/api/projects")
        .then()
        .statusCode(415);
    assertNothingStored();
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    anonymous()
        .get("/api/auth/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    anonymous()
        .body("{}")
        .post("/api/nowhere")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    anonymous()
        .get("/api/auth/login")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    assertNothingStored();
  }

  @Test
  void oversizedBodyIsRefused() {
    anonymous()
        .body(body("email", "a@b.test", "password", "p".repeat(1_100_000)))
        .post("/api/auth/register")
        .then()
        .statusCode(413);
    assertNothingStored();
  }
}
