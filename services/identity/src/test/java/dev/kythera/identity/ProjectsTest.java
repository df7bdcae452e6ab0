package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Projects: owner CRUD, strangers kept out, and the gateway's internal access check. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class ProjectsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void ownerCreatesListsReadsUpdatesAndDeletes() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("owner"));
    UUID id = create(owner, "Billing DB", "Production billing");

    Api.as(owner)
        .get("/api/projects")
        .then()
        .statusCode(200)
        .body("id", hasItem(id.toString()))
        .body("find { it.id == '" + id + "' }.permission", equalTo("owner"));

    Api.as(owner, id, "owner")
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Billing DB"))
        .body("description", equalTo("Production billing"))
        .body("ownerId", equalTo(owner.toString()))
        .body("teamId", nullValue())
        .body("permission", equalTo("owner"));

    Api.as(owner, id, "owner")
        .body(body("name", "Billing (prod)"))
        .patch("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Billing (prod)"))
        .body("description", equalTo("Production billing"));

    Api.as(owner, id, "owner").delete("/api/projects/" + id).then().statusCode(204);
    Api.as(owner, id, "owner").get("/api/projects/" + id).then().statusCode(404);
    Api.as(owner).get("/api/projects").then().body("id", not(hasItem(id.toString())));
    assertThat(
            Db.queryLong(
                dataSource, "SELECT count(*) FROM project_members WHERE project_id = ?", id))
        .isZero();
  }

  @Test
  void listShowsOnlyTheCallersProjectsNewestFirst() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("lister"));
    UUID other = Api.registerVerified(Api.uniqueEmail("other"));
    UUID older = create(owner, "Older", null);
    UUID newer = create(owner, "Newer", null);
    UUID foreign = create(other, "Not yours", null);
    List<String> ids =
        Api.as(owner).get("/api/projects").then().statusCode(200).extract().path("id");
    assertThat(ids)
        .containsExactly(newer.toString(), older.toString())
        .doesNotContain(foreign.toString());
  }

  @Test
  void strangersAreKeptOut() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("keeper"));
    UUID stranger = Api.registerVerified(Api.uniqueEmail("stranger"));
    UUID id = create(owner, "Private", null);

    // No project claim in the token: the defence-in-depth check refuses.
    Api.as(stranger).get("/api/projects/" + id).then().statusCode(403);
    // Even with a (wrongly minted) claim, the database says "not a member": 404, nothing leaks.
    Api.as(stranger, id, "owner").get("/api/projects/" + id).then().statusCode(404);
    Api.as(stranger, id, "owner")
        .body(body("name", "Mine now"))
        .patch("/api/projects/" + id)
        .then()
        .statusCode(404);
    Api.as(stranger, id, "owner").delete("/api/projects/" + id).then().statusCode(404);
    // A token for another project does not open this one.
    Api.as(owner, UUID.randomUUID(), "owner").get("/api/projects/" + id).then().statusCode(403);
    // Lower permission in the token: PATCH/DELETE need owner.
    Api.as(owner, id, "read")
        .body(body("name", "x"))
        .patch("/api/projects/" + id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    Api.as(owner, id, "write").delete("/api/projects/" + id).then().statusCode(403);

    Api.as(owner, id, "owner")
        .get("/api/projects/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Private"));
  }

  @Test
  void superAdminAndAnonymousCallersHaveNoProjectAccess() {
    UUID admin = UUID.randomUUID();
    String superAdmin =
        TestTokens.internal().user(admin).role("super_admin").plan("enterprise").sign();
    Api.bearer(superAdmin).get("/api/projects").then().statusCode(403);
    Api.bearer(superAdmin).body(body("name", "Gov")).post("/api/projects").then().statusCode(403);
    Api.anonymous().get("/api/projects").then().statusCode(401);
    Api.anonymous().body(body("name", "Anon")).post("/api/projects").then().statusCode(401);
  }

  @Test
  void internalAccessEndpointAnswersTheGateway() {
    UUID owner = Api.registerVerified(Api.uniqueEmail("access"));
    UUID stranger = UUID.randomUUID();
    UUID id = create(owner, "Gatekept", null);

    Api.asGateway()
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(200)
        .body("projectId", equalTo(id.toString()))
        .body("userId", equalTo(owner.toString()))
        .body("permission", equalTo("owner"));

    Api.asGateway()
        .queryParam("userId", stranger.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.asGateway()
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + UUID.randomUUID() + "/access")
        .then()
        .statusCode(404);
    Api.asGateway()
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("userId"));

    // Users and anonymous callers may not ask.
    Api.as(owner, id, "owner")
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(403);
    Api.anonymous()
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(403);
    // A service token without the super_admin role is not enough either.
    Api.bearer(Api.serviceToken("service:gateway", "viewer"))
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(403);
    // Only the gateway asks about access; another service is refused.
    Api.bearer(Api.serviceToken("service:generation", "super_admin"))
        .queryParam("userId", owner.toString())
        .get("/internal/projects/" + id + "/access")
        .then()
        .statusCode(403);
  }

  @Test
  void internalUserStatusAnswersTheGateway() {
    UUID user = Api.registerVerified(Api.uniqueEmail("status"));
    Api.asGateway()
        .get("/internal/users/" + user + "/status")
        .then()
        .statusCode(200)
        .body("userId", equalTo(user.toString()))
        .body("enabled", equalTo(true))
        .body("role", equalTo("dev"))
        .body("plan", equalTo("starter"));
    Api.asGateway().get("/internal/users/" + UUID.randomUUID() + "/status").then().statusCode(404);
    Api.as(user).get("/internal/users/" + user + "/status").then().statusCode(403);
  }

  private static UUID create(UUID owner, String name, String description) {
    String id =
        Api.as(owner)
            .body(body("name", name, "description", description))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .body("name", equalTo(name))
            .body("permission", equalTo("owner"))
            .body("ownerId", equalTo(owner.toString()))
            .extract()
            .path("id");
    return UUID.fromString(id);
  }
}
