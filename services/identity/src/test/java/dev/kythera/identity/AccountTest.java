package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account page: profile, password change, sessions, deletion and what it does to projects. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class AccountTest {
  private static final String NEW_PASSWORD = "a much better passphrase";

  @Inject AgroalDataSource dataSource;

  @Test
  void profileIsReadAndRenamed() {
    Person user = People.verified("profile");
    user.as("dev")
        .get("/api/account/profile")
        .then()
        .statusCode(200)
        .body("id", equalTo(user.id().toString()))
        .body("email", equalTo(user.email()))
        .body("name", equalTo("Test User"))
        .body("mfaEnabled", equalTo(false))
        .body("role", equalTo("dev"))
        .body("plan", equalTo("starter"));
    user.as("dev")
        .body(body("name", "  Ada Lovelace "))
        .patch("/api/account/profile")
        .then()
        .statusCode(200)
        .body("name", equalTo("Ada Lovelace"));
    user.as("dev")
        .body(body("name", "x".repeat(101)))
        .patch("/api/account/profile")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    user.as("dev")
        .body("{\"name\": null}")
        .patch("/api/account/profile")
        .then()
        .statusCode(200)
        .body("name", nullValue());
    Api.anonymous().get("/api/account/profile").then().statusCode(401);
  }

  @Test
  void passwordChangeChecksTheCurrentOneAndEndsEverySession() {
    Person user = People.verified("password");
    String refresh = Api.login(user.email(), Api.PASSWORD).getString("refreshToken");
    user.as("dev")
        .body(body("currentPassword", "wrong password!", "newPassword", NEW_PASSWORD))
        .post("/api/account/password")
        .then()
        .statusCode(403)
        .body("errors[0].field", equalTo("currentPassword"));
    user.as("dev")
        .body(body("currentPassword", Api.PASSWORD, "newPassword", "short"))
        .post("/api/account/password")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("newPassword"));
    Api.login(user.email(), Api.PASSWORD);

    user.as("dev")
        .body(body("currentPassword", Api.PASSWORD, "newPassword", NEW_PASSWORD))
        .post("/api/account/password")
        .then()
        .statusCode(200)
        .body("changed", equalTo(true));
    Api.anonymous()
        .body(body("refreshToken", refresh))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    Api.anonymous()
        .body(body("email", user.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(401);
    Api.login(user.email(), NEW_PASSWORD);
  }

  @Test
  void sessionsAreListedWithTheirClientAndRevokedOneByOne() {
    Person user = People.verified("sessions");
    String laptop = login(user, "Firefox on Linux").getString("refreshToken");
    String phone = login(user, "Safari on iOS").getString("refreshToken");
    // A refresh keeps the session (and its client), it does not add one.
    Api.anonymous()
        .body(body("refreshToken", phone))
        .post("/api/auth/refresh")
        .then()
        .statusCode(200);

    JsonPath sessions =
        user.as("dev")
            .get("/api/account/sessions")
            .then()
            .statusCode(200)
            .body("", hasSize(2))
            .body("userAgent", hasItem("Safari on iOS"))
            .extract()
            .jsonPath();
    String laptopSession = sessions.getString("find { it.userAgent == 'Firefox on Linux' }.id");
    user.as("dev").delete("/api/account/sessions/" + laptopSession).then().statusCode(204);
    Api.anonymous()
        .body(body("refreshToken", laptop))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    user.as("dev")
        .get("/api/account/sessions")
        .then()
        .body("", hasSize(1))
        .body("id", not(hasItem(laptopSession)));

    Person other = People.verified("other-sessions");
    other.as("dev").delete("/api/account/sessions/" + UUID.randomUUID()).then().statusCode(404);
    String phoneSession =
        user.as("dev").get("/api/account/sessions").then().extract().path("[0].id");
    other.as("dev").delete("/api/account/sessions/" + phoneSession).then().statusCode(404);
    other.as("dev").delete("/api/account/sessions/nope").then().statusCode(400);
  }

  @Test
  void deletingAnAccountTransfersSharedProjectsAndDeletesTheRest() {
    Person leaving = People.verified("leaving");
    Person partner = People.verified("partner");
    UUID shared = People.project(leaving, "Shared");
    UUID alone = People.project(leaving, "Alone");
    leaving
        .on(shared, "owner")
        .body(body("email", partner.email(), "permission", "owner"))
        .post("/api/projects/" + shared + "/members")
        .then()
        .statusCode(201);
    String team =
        leaving
            .as("dev")
            .body(body("name", "Crew"))
            .post("/api/teams")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    leaving
        .as("dev")
        .body(body("email", partner.email(), "role", "viewer"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(201);
    String soloTeam =
        leaving
            .as("dev")
            .body(body("name", "Solo"))
            .post("/api/teams")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    leaving
        .as("dev")
        .body(body("password", "not the password"))
        .delete("/api/account")
        .then()
        .statusCode(403)
        .header("X-Internal-Account-Changed", nullValue());
    leaving.as("dev").body("{}").delete("/api/account").then().statusCode(400);
    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM users WHERE id = ?", leaving.id()))
        .isOne();

    JsonPath outcome =
        leaving
            .as("dev")
            .body(body("password", Api.PASSWORD))
            .delete("/api/account")
            .then()
            .statusCode(200)
            // tells the gateway to forget the account's cached status at once
            .header("X-Internal-Account-Changed", leaving.id().toString())
            .body("deleted", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(outcome.getString("projects.find { it.id == '" + shared + "' }.outcome"))
        .isEqualTo("transferred");
    assertThat(outcome.getString("projects.find { it.id == '" + shared + "' }.newOwnerId"))
        .isEqualTo(partner.id().toString());
    assertThat(outcome.getString("projects.find { it.id == '" + alone + "' }.outcome"))
        .isEqualTo("deleted");
    assertThat(outcome.getString("teams.find { it.id == '" + team + "' }.outcome"))
        .isEqualTo("handed-over");
    assertThat(outcome.getString("teams.find { it.id == '" + soloTeam + "' }.outcome"))
        .isEqualTo("deleted");

    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM users WHERE id = ?", leaving.id()))
        .isZero();
    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM projects WHERE id = ?", alone))
        .isZero();
    partner
        .on(shared, "owner")
        .get("/api/projects/" + shared)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(partner.id().toString()));
    partner
        .as("dev")
        .get("/api/teams/" + team)
        .then()
        .statusCode(200)
        .body("role", equalTo("admin"));
    Api.anonymous()
        .body(body("email", leaving.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(401);
    List<String> ids = partner.as("dev").get("/api/projects").then().extract().path("id");
    assertThat(ids).contains(shared.toString()).doesNotContain(alone.toString());
  }

  private static JsonPath login(Person user, String agent) {
    return Api.anonymous()
        .header("User-Agent", agent)
        .body(body("email", user.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
