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
import dev.kythera.identity.support.MailSink;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams: lifecycle, member management by team admins, team projects and their access. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class TeamsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void teamAdminsManageTheTeamAndItsMembers() {
    Person alice = People.verified("alice");
    Person bob = People.verified("bob");
    Person stranger = People.verified("stranger");
    UUID team = createTeam(alice, "Data platform");

    alice
        .as("dev")
        .get("/api/teams/" + team)
        .then()
        .statusCode(200)
        .body("role", equalTo("admin"))
        .body("members", hasSize(1));
    alice
        .as("dev")
        .body(body("email", bob.email().toUpperCase(), "role", "viewer"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(201)
        .body("userId", equalTo(bob.id().toString()))
        .body("role", equalTo("viewer"));
    assertThat(MailSink.awaitMail(bob.email(), 2).subject()).contains("Data platform");

    bob.as("viewer")
        .get("/api/teams")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + team + "' }.role", equalTo("viewer"))
        .body("find { it.id == '" + team + "' }.memberCount", equalTo(2));
    bob.as("viewer")
        .get("/api/teams/" + team + "/members")
        .then()
        .statusCode(200)
        .body("email", hasItem(bob.email()));

    // A viewer of the team may not manage it; a stranger does not even see it.
    bob.as("dev")
        .body(body("email", stranger.email(), "role", "dev"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(403);
    bob.as("dev").body(body("name", "Mine")).patch("/api/teams/" + team).then().statusCode(403);
    bob.as("dev").delete("/api/teams/" + team).then().statusCode(403);
    stranger
        .as("dev")
        .get("/api/teams/" + team)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    stranger.as("dev").delete("/api/teams/" + team).then().statusCode(404);

    // Bad input and conflicts change nothing.
    alice
        .as("dev")
        .body(body("email", "nobody-" + UUID.randomUUID() + "@example.test", "role", "dev"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(404);
    alice
        .as("dev")
        .body(body("email", bob.email(), "role", "dev"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(409);
    alice
        .as("dev")
        .body(body("email", "not-an-email", "role", "boss"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
    alice
        .as("dev")
        .body(body("role", "owner"))
        .patch("/api/teams/" + team + "/members/" + bob.id())
        .then()
        .statusCode(400);
    assertThat(
            Db.queryLong(dataSource, "SELECT count(*) FROM team_members WHERE team_id = ?", team))
        .isEqualTo(2);

    // Roles change; the last admin can neither step down nor leave.
    alice
        .as("dev")
        .body(body("role", "dev"))
        .patch("/api/teams/" + team + "/members/" + alice.id())
        .then()
        .statusCode(409);
    alice.as("dev").delete("/api/teams/" + team + "/members/" + alice.id()).then().statusCode(409);
    alice
        .as("dev")
        .body(body("role", "admin"))
        .patch("/api/teams/" + team + "/members/" + bob.id())
        .then()
        .statusCode(200)
        .body("role", equalTo("admin"));
    bob.as("dev").delete("/api/teams/" + team + "/members/" + alice.id()).then().statusCode(204);
    alice.as("dev").get("/api/teams/" + team).then().statusCode(404);
    bob.as("dev").delete("/api/teams/" + team + "/members/" + bob.id()).then().statusCode(409);

    bob.as("dev")
        .body(body("name", "  Renamed  "))
        .patch("/api/teams/" + team)
        .then()
        .statusCode(200)
        .body("name", equalTo("Renamed"));
    bob.as("dev").body(body("name", "")).patch("/api/teams/" + team).then().statusCode(400);
    bob.as("dev").delete("/api/teams/" + team).then().statusCode(204);
    bob.as("dev").get("/api/teams/" + team).then().statusCode(404);
    assertThat(
            Db.queryLong(dataSource, "SELECT count(*) FROM team_members WHERE team_id = ?", team))
        .isZero();
  }

  @Test
  void teamMembersReachTeamProjectsByTheirTeamRole() {
    Person alice = People.verified("lead");
    Person bob = People.verified("viewer");
    Person carol = People.verified("developer");
    Person stranger = People.verified("outsider");
    UUID team = createTeam(alice, "Payments");
    addMember(alice, team, bob, "viewer");
    addMember(alice, team, carol, "dev");

    String created =
        alice
            .as("dev")
            .body("{\"name\":\"Ledger\",\"teamId\":\"" + team + "\"}")
            .post("/api/projects")
            .then()
            .statusCode(201)
            .body("teamId", equalTo(team.toString()))
            .extract()
            .path("id");
    UUID ledger = UUID.fromString(created);

    assertAccess(ledger, bob, "read");
    assertAccess(ledger, carol, "write");
    assertAccess(ledger, alice, "owner");
    assertNoAccess(ledger, stranger);
    bob.as("viewer")
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + ledger + "' }.permission", equalTo("read"));
    bob.on("viewer", ledger, "read")
        .get("/api/projects/" + ledger)
        .then()
        .statusCode(200)
        .body("permission", equalTo("read"));

    // Effective permission is the higher of the direct grant and the team role.
    alice
        .on(ledger, "owner")
        .body(body("email", bob.email(), "permission", "write"))
        .post("/api/projects/" + ledger + "/members")
        .then()
        .statusCode(201)
        .body("status", equalTo("member"));
    assertAccess(ledger, bob, "write");
    alice
        .as("dev")
        .body(body("role", "admin"))
        .patch("/api/teams/" + team + "/members/" + bob.id())
        .then()
        .statusCode(200);
    assertAccess(ledger, bob, "admin");

    // Team projects: viewers may not attach projects to the team, devs may.
    bob.as("dev")
        .body("{\"name\":\"Nope\",\"teamId\":\"" + UUID.randomUUID() + "\"}")
        .post("/api/projects")
        .then()
        .statusCode(404);
    alice
        .as("dev")
        .body(body("role", "viewer"))
        .patch("/api/teams/" + team + "/members/" + bob.id())
        .then()
        .statusCode(200);
    bob.as("dev")
        .body("{\"name\":\"Nope\",\"teamId\":\"" + team + "\"}")
        .post("/api/projects")
        .then()
        .statusCode(403);
    carol
        .as("dev")
        .body("{\"name\":\"Carol's\",\"teamId\":\"" + team + "\"}")
        .post("/api/projects")
        .then()
        .statusCode(201);

    // PATCH moves a personal project into the team and back out.
    UUID personal = People.project(alice, "Scratch");
    assertNoAccess(personal, carol);
    alice
        .on(personal, "owner")
        .body("{\"teamId\":\"" + team + "\"}")
        .patch("/api/projects/" + personal)
        .then()
        .statusCode(200)
        .body("teamId", equalTo(team.toString()))
        .body("name", equalTo("Scratch"));
    assertAccess(personal, carol, "write");
    carol
        .on(personal, "write")
        .body("{\"teamId\":null}")
        .patch("/api/projects/" + personal)
        .then()
        .statusCode(403);
    alice
        .on(personal, "owner")
        .body("{\"teamId\":null}")
        .patch("/api/projects/" + personal)
        .then()
        .statusCode(200)
        .body("teamId", nullValue());
    assertNoAccess(personal, carol);
    // Into a team the owner does not belong to: as if it did not exist.
    UUID foreignTeam = createTeam(stranger, "Elsewhere");
    alice
        .on(personal, "owner")
        .body("{\"teamId\":\"" + foreignTeam + "\"}")
        .patch("/api/projects/" + personal)
        .then()
        .statusCode(404);
    alice
        .on(personal, "owner")
        .body("{\"teamId\":42}")
        .patch("/api/projects/" + personal)
        .then()
        .statusCode(400);

    // Deleting the team leaves its projects as personal projects of their owners.
    alice.as("dev").delete("/api/teams/" + team).then().statusCode(204);
    alice
        .on(ledger, "owner")
        .get("/api/projects/" + ledger)
        .then()
        .statusCode(200)
        .body("teamId", nullValue());
    assertNoAccess(ledger, carol);
    assertAccess(ledger, bob, "write");
    carol.as("dev").get("/api/projects").then().body("id", not(hasItem(ledger.toString())));
  }

  @Test
  void membersPerTeamFollowTheActingAdminsPlan() {
    Person admin = People.verified("planned");
    UUID team = createTeam(admin, "Small");
    for (int i = 0; i < 4; i++) {
      addMember(admin, team, People.verified("m" + i), "viewer");
    }
    Person sixth = People.verified("sixth");
    admin
        .as("dev")
        .body(body("email", sixth.email(), "role", "viewer"))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("code", equalTo("PLAN_REQUIRED"))
        .body("requiredPlan", equalTo("pro"))
        .body("currentPlan", equalTo("starter"))
        .body("limit", equalTo("membersPerTeam"))
        .body("allowed", equalTo(5));
    People.setPlan(dataSource, admin.id(), "pro");
    addMember(admin, team, sixth, "viewer");
  }

  @Test
  void onlyDevelopersAndAboveCreateTeamsAndGovernanceStaysOut() {
    Person person = People.verified("roles");
    person.as("viewer").body(body("name", "T")).post("/api/teams").then().statusCode(403);
    person.as("qa").body(body("name", "T")).post("/api/teams").then().statusCode(403);
    person.as("admin").body(body("name", "T")).post("/api/teams").then().statusCode(201);
    Api.bearer(TestTokens.internal().user(person.id()).role("super_admin").sign())
        .body(body("name", "T"))
        .post("/api/teams")
        .then()
        .statusCode(403);
    Api.anonymous().body(body("name", "T")).post("/api/teams").then().statusCode(401);
    person
        .as("dev")
        .body("{}")
        .post("/api/teams")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    person.as("dev").get("/api/teams/not-a-uuid").then().statusCode(400);
  }

  private static UUID createTeam(Person admin, String name) {
    String id =
        admin
            .as("dev")
            .body(body("name", name))
            .post("/api/teams")
            .then()
            .statusCode(201)
            .body("name", equalTo(name))
            .body("role", equalTo("admin"))
            .body("memberCount", equalTo(1))
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  private static void addMember(Person admin, UUID team, Person member, String role) {
    admin
        .as("dev")
        .body(body("email", member.email(), "role", role))
        .post("/api/teams/" + team + "/members")
        .then()
        .statusCode(201);
  }

  static void assertAccess(UUID project, Person user, String permission) {
    Api.asGateway()
        .queryParam("userId", user.id().toString())
        .get("/internal/projects/" + project + "/access")
        .then()
        .statusCode(200)
        .body("permission", equalTo(permission));
  }

  static void assertNoAccess(UUID project, Person user) {
    Api.asGateway()
        .queryParam("userId", user.id().toString())
        .get("/internal/projects/" + project + "/access")
        .then()
        .statusCode(404);
  }
}
