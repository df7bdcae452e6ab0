package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSink;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Project members: invitations by email (mail over SMTP), permissions, leaving, the last owner. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class ProjectMembersTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void existingAccountsGetAccessAtOnceAndAreMailed() {
    Person owner = People.verified("owner");
    Person bob = People.verified("bob");
    UUID project = People.project(owner, "Warehouse");

    owner
        .on(project, "owner")
        .body(body("email", bob.email(), "permission", "write"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201)
        .body("status", equalTo("member"))
        .body("userId", equalTo(bob.id().toString()))
        .body("permission", equalTo("write"));
    MailSink.ReceivedMail mail = MailSink.awaitMail(bob.email(), 2);
    assertThat(mail.subject()).contains("Warehouse");
    assertThat(mail.text()).contains("/projects/" + project).contains("write");
    TeamsTest.assertAccess(project, bob, "write");

    bob.on(project, "write")
        .get("/api/projects/" + project + "/members")
        .then()
        .statusCode(200)
        .body("members", hasSize(2))
        .body("members.find { it.userId == '" + bob.id() + "' }.permission", equalTo("write"))
        .body("members.find { it.userId == '" + bob.id() + "' }.direct", equalTo("write"))
        .body("members.find { it.userId == '" + owner.id() + "' }.permission", equalTo("owner"))
        .body("invitations", hasSize(0));

    // A writer may not manage members; an admin may, but not hand out owner.
    bob.on(project, "write")
        .body(body("email", owner.email(), "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(403);
    owner
        .on(project, "owner")
        .body(body("permission", "admin"))
        .patch("/api/projects/" + project + "/members/" + bob.id())
        .then()
        .statusCode(200)
        .body("permission", equalTo("admin"));
    Person carol = People.verified("carol");
    bob.on(project, "admin")
        .body(body("email", carol.email(), "permission", "owner"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(403);
    bob.on(project, "admin")
        .body(body("email", carol.email(), "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201);
    bob.on(project, "admin")
        .body(body("permission", "read"))
        .patch("/api/projects/" + project + "/members/" + owner.id())
        .then()
        .statusCode(403);
    bob.on(project, "admin")
        .body(body("email", carol.email(), "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(409);

    // Leaving and removing.
    carol
        .on(project, "read")
        .delete("/api/projects/" + project + "/members/" + carol.id())
        .then()
        .statusCode(204);
    TeamsTest.assertNoAccess(project, carol);
    bob.on(project, "admin")
        .delete("/api/projects/" + project + "/members/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    owner
        .on(project, "owner")
        .delete("/api/projects/" + project + "/members/" + bob.id())
        .then()
        .statusCode(204);
    TeamsTest.assertNoAccess(project, bob);
  }

  @Test
  void unknownAddressesGetAPendingInvitationClaimedOnVerification() {
    Person owner = People.verified("inviter");
    UUID project = People.project(owner, "Analytics");
    String email = Api.uniqueEmail("newcomer");

    String invitation =
        owner
            .on(project, "owner")
            .body(body("email", email, "permission", "admin"))
            .post("/api/projects/" + project + "/members")
            .then()
            .statusCode(201)
            .body("status", equalTo("invited"))
            .body("userId", nullValue())
            .body("invitationId", notNullValue())
            .extract()
            .path("invitationId");
    MailSink.ReceivedMail mail = MailSink.awaitMail(email, 1);
    assertThat(mail.subject()).contains("Analytics");
    assertThat(mail.text()).contains("/register?email=");
    owner
        .on(project, "owner")
        .get("/api/projects/" + project + "/members")
        .then()
        .body("invitations.email", hasItem(email))
        .body("invitations[0].id", equalTo(invitation));
    owner
        .on(project, "owner")
        .body(body("email", email, "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(409);

    // Registration alone does not claim it: the address is not proven yet.
    UUID newcomer = Api.register(email, Api.PASSWORD);
    Api.asGateway()
        .queryParam("userId", newcomer.toString())
        .get("/internal/projects/" + project + "/access")
        .then()
        .statusCode(404);
    String code = MailSink.awaitCode(email, 2, "Verification code");
    Api.anonymous().body(body("token", code)).post("/api/auth/verify-email").then().statusCode(200);
    Api.asGateway()
        .queryParam("userId", newcomer.toString())
        .get("/internal/projects/" + project + "/access")
        .then()
        .statusCode(200)
        .body("permission", equalTo("admin"));
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM project_invitations WHERE project_id = ?",
                project))
        .isZero();

    // Cancelling an invitation.
    String other = Api.uniqueEmail("maybe");
    String second =
        owner
            .on(project, "owner")
            .body(body("email", other, "permission", "read"))
            .post("/api/projects/" + project + "/members")
            .then()
            .statusCode(201)
            .extract()
            .path("invitationId");
    owner
        .on(project, "owner")
        .delete("/api/projects/" + project + "/invitations/" + second)
        .then()
        .statusCode(204);
    owner
        .on(project, "owner")
        .delete("/api/projects/" + project + "/invitations/" + second)
        .then()
        .statusCode(404);
  }

  @Test
  void theLastOwnerCanNeitherLeaveNorBeDemoted() {
    Person owner = People.verified("sole");
    Person partner = People.verified("partner");
    UUID project = People.project(owner, "Solo");
    String members = "/api/projects/" + project + "/members/";

    owner
        .on(project, "owner")
        .delete(members + owner.id())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("CONFLICT"));
    owner
        .on(project, "owner")
        .body(body("permission", "admin"))
        .patch(members + owner.id())
        .then()
        .statusCode(409);

    owner
        .on(project, "owner")
        .body(body("email", partner.email(), "permission", "owner"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201);
    owner.on(project, "owner").delete(members + owner.id()).then().statusCode(204);
    TeamsTest.assertNoAccess(project, owner);
    partner.on(project, "owner").delete(members + partner.id()).then().statusCode(409);
  }

  @Test
  void badInputAndStrangersChangeNothing() {
    Person owner = People.verified("careful");
    Person stranger = People.verified("nosy");
    UUID project = People.project(owner, "Guarded");
    long before = members(project);

    owner
        .on(project, "owner")
        .body(body("email", "nope", "permission", "boss"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("email"))
        .body("errors.field", hasItem("permission"));
    owner
        .on(project, "owner")
        .body("{\"email\": [1]}")
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(400);
    owner.on(project, "owner").post("/api/projects/" + project + "/members").then().statusCode(400);
    owner
        .on(project, "owner")
        .body(body("permission", "god"))
        .patch("/api/projects/" + project + "/members/" + owner.id())
        .then()
        .statusCode(400);
    // Another project's member, even with a wrongly minted claim: 404.
    stranger
        .on(project, "owner")
        .get("/api/projects/" + project + "/members")
        .then()
        .statusCode(404);
    stranger
        .on(project, "owner")
        .body(body("email", stranger.email(), "permission", "owner"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(404);
    // A claim for another project: 403 before the database is asked.
    owner
        .on(UUID.randomUUID(), "owner")
        .get("/api/projects/" + project + "/members")
        .then()
        .statusCode(403);
    assertThat(members(project)).isEqualTo(before);
    assertThat(
            Db.queryLong(
                dataSource,
                "SELECT count(*) FROM project_invitations WHERE project_id = ?",
                project))
        .isZero();
  }

  private long members(UUID project) {
    return Db.queryLong(
        dataSource, "SELECT count(*) FROM project_members WHERE project_id = ?", project);
  }
}
