package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.FakeIntrospection;
import dev.kythera.identity.support.FakeIntrospectionResource;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Governance: super_admin only; search, role/plan changes, disabling that bites at once, stats. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
@QuarkusTestResource(FakeIntrospectionResource.class)
class GovernanceTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void onlySuperAdminsGovern() {
    Person someone = People.verified("plain");
    for (String role : List.of("viewer", "qa", "dev", "admin")) {
      someone
          .as(role)
          .get("/api/governance/users")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("code", equalTo("FORBIDDEN"));
      someone.as(role).get("/api/governance/stats").then().statusCode(403);
      someone.as(role).get("/api/governance/audit").then().statusCode(403);
      someone
          .as(role)
          .body(body("plan", "enterprise"))
          .patch("/api/governance/users/" + someone.id())
          .then()
          .statusCode(403);
    }
    Api.anonymous().get("/api/governance/users").then().statusCode(401);
    // A super_admin claim for an account that is not super_admin in the database: refused.
    someone.as("super_admin").get("/api/governance/stats").then().statusCode(403);
    someone
        .as("super_admin")
        .body(body("role", "super_admin"))
        .patch("/api/governance/users/" + someone.id())
        .then()
        .statusCode(403);
    Api.asGateway().get("/api/governance/stats").then().statusCode(401);
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM users WHERE id = ? AND role = 'dev'",
                someone.id()))
        .isOne();
  }

  @Test
  void searchPagesThroughAccountsNewestFirst() {
    Person governor = People.superAdmin(dataSource);
    String tag = "needle" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 5; i++) {
      People.verified(tag);
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var request =
          governor.as("super_admin").queryParam("q", tag.toUpperCase()).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request.get("/api/governance/users").then().statusCode(200).extract().jsonPath();
      List<String> emails = page.getList("items.email");
      assertThat(emails).allMatch(email -> email.startsWith(tag));
      seen.addAll(emails);
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(seen).hasSize(5);
    assertThat(pages).isEqualTo(3);
    governor
        .as("super_admin")
        .queryParam("limit", "0")
        .get("/api/governance/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    governor
        .as("super_admin")
        .queryParam("cursor", "garbage!")
        .get("/api/governance/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    governor
        .as("super_admin")
        .queryParam("q", "%")
        .get("/api/governance/users")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void disablingAnAccountStopsItEverywhereAtOnce() {
    Person governor = People.superAdmin(dataSource);
    Person user = People.verified("target");
    UUID project = People.project(user, "Still mine");
    JsonPath session = Api.login(user.email(), Api.PASSWORD);
    String refresh = session.getString("refreshToken");

    governor
        .as("super_admin")
        .body("{\"enabled\": false, \"plan\": \"pro\"}")
        .patch("/api/governance/users/" + user.id())
        .then()
        .statusCode(200)
        // tells the gateway to forget the account's cached status before the answer is relayed
        .header("X-Internal-Account-Changed", user.id().toString())
        .body("enabled", equalTo(false))
        .body("plan", equalTo("pro"))
        .body("role", equalTo("dev"));

    Api.asGateway()
        .get("/internal/users/" + user.id() + "/status")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false))
        .body("plan", equalTo("pro"));
    Api.anonymous()
        .body(body("refreshToken", refresh))
        .post("/api/auth/refresh")
        .then()
        .statusCode(401);
    Api.anonymous()
        .body(body("email", user.email(), "password", Api.PASSWORD))
        .post("/api/auth/login")
        .then()
        .statusCode(403)
        .body("code", equalTo("ACCOUNT_DISABLED"));
    // A still-valid internal token of the disabled user is refused by identity too.
    user.on(project, "owner")
        .get("/api/projects/" + project)
        .then()
        .statusCode(403)
        .body("code", equalTo("ACCOUNT_DISABLED"));
    user.as("dev").get("/api/account/profile").then().statusCode(403);
    user.as("dev").get("/api/teams").then().statusCode(403);
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL",
                user.id()))
        .isZero();

    governor
        .as("super_admin")
        .body("{\"enabled\": true, \"role\": \"admin\"}")
        .patch("/api/governance/users/" + user.id())
        .then()
        .statusCode(200)
        .header("X-Internal-Account-Changed", user.id().toString())
        .body("enabled", equalTo(true))
        .body("role", equalTo("admin"));
    Api.login(user.email(), Api.PASSWORD);
    user.on(project, "owner").get("/api/projects/" + project).then().statusCode(200);
  }

  @Test
  void badChangesAreRefusedAndGovernorsCannotLockThemselvesOut() {
    Person governor = People.superAdmin(dataSource);
    Person user = People.verified("unchanged");
    String path = "/api/governance/users/" + user.id();
    governor.as("super_admin").body("{}").patch(path).then().statusCode(400);
    governor
        .as("super_admin")
        .body(body("role", "emperor", "plan", "gold"))
        .patch(path)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"))
        .body("errors.field", hasItem("plan"));
    governor.as("super_admin").body("{\"enabled\": \"no\"}").patch(path).then().statusCode(400);
    governor
        .as("super_admin")
        .body(body("plan", "pro"))
        .patch("/api/governance/users/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    governor
        .as("super_admin")
        .body("{\"enabled\": false}")
        .patch("/api/governance/users/" + governor.id())
        .then()
        .statusCode(409);
    governor
        .as("super_admin")
        .body(body("role", "admin"))
        .patch("/api/governance/users/" + governor.id())
        .then()
        .statusCode(409);
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM users WHERE id = ? AND role = 'dev' AND plan = 'starter' AND enabled",
                user.id()))
        .isOne();
  }

  @Test
  void statsCountUsersProjectsAndJobs() {
    Person governor = People.superAdmin(dataSource);
    People.project(People.verified("counted"), "Counted");
    FakeIntrospectionResource.fake().answerConnections(3);
    governor
        .as("super_admin")
        .get("/api/governance/stats")
        .then()
        .statusCode(200)
        .body("users.total", greaterThanOrEqualTo(2))
        .body("users.byRole.super_admin", greaterThanOrEqualTo(1))
        .body("users.byPlan.starter", greaterThanOrEqualTo(1))
        .body("projects", greaterThanOrEqualTo(1))
        .body("connections", equalTo(3))
        .body("connectionsNote", nullValue())
        .body("jobsByStatus.running", greaterThanOrEqualTo(0))
        .body("jobsByStatus.keySet()", hasItem("cancelled"));
    // Governance accounts stay out of project data.
    Api.bearer(TestTokens.internal().user(governor.id()).role("super_admin").sign())
        .get("/api/projects")
        .then()
        .statusCode(403);
    governor
        .as("super_admin")
        .get("/api/governance/users")
        .then()
        .statusCode(200)
        .body("items.email", not(hasItem("nobody")));
  }

  @Test
  void connectionsAreCountedByIntrospectionWithIdentitysServiceToken() {
    Person governor = People.superAdmin(dataSource);
    FakeIntrospection introspection = FakeIntrospectionResource.fake();
    int admitted = introspection.admitted();
    int refused = introspection.refused();
    introspection.answerConnections(41);
    governor
        .as("super_admin")
        .get("/api/governance/stats")
        .then()
        .statusCode(200)
        .body("connections", equalTo(41))
        .body("connectionsNote", nullValue());
    // The fake answers only a service token of identity signed with the services' key.
    assertThat(introspection.admitted()).isEqualTo(admitted + 1);
    assertThat(introspection.refused()).isEqualTo(refused);

    introspection.answerConnections(42);
    governor
        .as("super_admin")
        .get("/api/governance/stats")
        .then()
        .statusCode(200)
        .body("connections", equalTo(42));
  }

  @Test
  void statsStillAnswerWhenIntrospectionDoesNot() {
    Person governor = People.superAdmin(dataSource);
    FakeIntrospection introspection = FakeIntrospectionResource.fake();
    try {
      for (String[] failure :
          new String[][] {
            {"503", "{\"code\":\"UNAVAILABLE\"}"},
            {"200", "not json"},
            {"200", "{\"connections\":-1}"},
            {"200", "{\"connections\":\"many\"}"},
            {"200", "{}"}
          }) {
        introspection.answer(Integer.parseInt(failure[0]), failure[1]);
        governor
            .as("super_admin")
            .get("/api/governance/stats")
            .then()
            .statusCode(200)
            .body("connections", nullValue())
            .body("connectionsNote", containsString("unavailable"))
            .body("users.total", greaterThanOrEqualTo(1))
            .body("projects", greaterThanOrEqualTo(0));
      }
    } finally {
      introspection.answerConnections(0);
    }
  }
}
