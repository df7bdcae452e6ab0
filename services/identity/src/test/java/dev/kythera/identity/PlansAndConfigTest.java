package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan catalogue and its project limit, and project configuration. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class PlansAndConfigTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void planCatalogueIsPublic() {
    Api.anonymous()
        .get("/api/plans")
        .then()
        .statusCode(200)
        .body("id", contains("starter", "pro", "enterprise"))
        .body("rank", contains(0, 1, 2))
        .body("[0].limits.projectsPerUser", equalTo(3))
        .body("[0].limits.connectionsPerProject", equalTo(2))
        .body("[0].limits.membersPerTeam", equalTo(5))
        .body("[0].limits.rowsPerSeedJob", equalTo(10000))
        .body("[0].limits.scheduledScans", equalTo(0))
        .body("[1].limits.projectsPerUser", equalTo(25))
        .body("[2].limits.projectsPerUser", nullValue());
  }

  @Test
  void projectsPastThePlanLimitNeedAHigherPlan() {
    Person user = People.verified("limited");
    for (int i = 1; i <= 3; i++) {
      People.project(user, "P" + i);
    }
    long before = Db.count(dataSource, "projects");
    user.as("dev")
        .body(body("name", "P4"))
        .post("/api/projects")
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("code", equalTo("PLAN_REQUIRED"))
        .body("type", equalTo("https://kythera.dev/problems/plan-required"))
        .body("requiredPlan", equalTo("pro"))
        .body("currentPlan", equalTo("starter"))
        .body("limit", equalTo("projectsPerUser"))
        .body("allowed", equalTo(3));
    assertThat(Db.count(dataSource, "projects")).isEqualTo(before);
    People.setPlan(dataSource, user.id(), "pro");
    People.project(user, "P4");
  }

  @Test
  void configIsReadByMembersAndReplacedByAdmins() {
    Person owner = People.verified("configured");
    Person reader = People.verified("reader");
    UUID project = People.project(owner, "Configured");
    owner
        .on(project, "owner")
        .body(body("email", reader.email(), "permission", "read"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201);
    String config = "/api/projects/" + project + "/config";

    reader
        .on(project, "read")
        .get(config)
        .then()
        .statusCode(200)
        .body("environments", hasSize(0))
        .body("defaults", equalTo(java.util.Map.of()))
        .body("updatedAt", nullValue());
    owner
        .on(project, "owner")
        .body(
            """
            {"environments": [{"name": "prod", "production": true, "description": "Live"}, "dev"],
             "defaults": {"seed": {"rows": 1000}, "guardRails": {"requireWhere": true}}}
            """)
        .put(config)
        .then()
        .statusCode(200)
        .body("environments.name", contains("prod", "dev"))
        .body("environments[0].production", equalTo(true))
        .body("defaults.seed.rows", equalTo(1000))
        .body("updatedBy", equalTo(owner.id().toString()));
    reader
        .on(project, "read")
        .get(config)
        .then()
        .statusCode(200)
        .body("environments[1].name", equalTo("dev"))
        .body("environments[1].production", equalTo(false))
        .body("defaults.guardRails.requireWhere", equalTo(true));

    // Readers and writers may not change it.
    reader.on(project, "write").body("{\"environments\": []}").put(config).then().statusCode(403);
    reader.on(project, "read").body("{\"environments\": []}").put(config).then().statusCode(403);
  }

  @Test
  void invalidConfigIsRefusedAndNothingIsStored() {
    Person owner = People.verified("strict");
    UUID project = People.project(owner, "Strict");
    String config = "/api/projects/" + project + "/config";
    owner
        .on(project, "owner")
        .body("[]")
        .put(config)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    owner
        .on(project, "owner")
        .body("{\"environments\": {}}")
        .put(config)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("environments"));
    owner.on(project, "owner").body("{\"defaults\": []}").put(config).then().statusCode(400);
    owner
        .on(project, "owner")
        .body("{\"colour\": \"red\"}")
        .put(config)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("colour"));
    owner
        .on(project, "owner")
        .body("{\"environments\": [{\"name\": \"Prod!\"}, {\"name\": 3}]}")
        .put(config)
        .then()
        .statusCode(400);
    owner
        .on(project, "owner")
        .body("{\"environments\": [\"dev\", \"dev\"]}")
        .put(config)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("environments[1].name"));
    owner
        .on(project, "owner")
        .body("{\"environments\": [{\"name\": \"x\", \"production\": \"yes\"}]}")
        .put(config)
        .then()
        .statusCode(400);
    owner
        .on(project, "owner")
        .body("{\"defaults\": {\"blob\": \"" + "x".repeat(70_000) + "\"}}")
        .put(config)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("defaults"));
    owner.on(project, "owner").body("{\"environments\": [").put(config).then().statusCode(400);
    assertThat(
            Db.queryLong(
                dataSource, "SELECT count(*) FROM project_config WHERE project_id = ?", project))
        .isZero();
  }
}
