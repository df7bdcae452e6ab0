package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.Db;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.OpenApi;
import dev.kythera.identity.support.OpenApi.Endpoint;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The refusals only identity can make, which the gateway's authorization matrix forwards (its fake
 * identity answers 200 to them): super_admin on every project and team route — the list comes from
 * identity's own OpenAPI document, so a new route is covered the day it is added — and team members
 * managing a team they do not administer.
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class IdentityDecidedRefusalsTest {

  @Inject AgroalDataSource dataSource;

  private static List<Endpoint> endpointsUnder(String prefix) {
    List<Endpoint> endpoints =
        new ArrayList<>(
            OpenApi.apiEndpoints().stream()
                .filter(e -> e.path().equals(prefix) || e.path().startsWith(prefix + "/"))
                .toList());
    // Deleting the project or team itself goes last, so the other calls still find it.
    endpoints.sort(
        Comparator.comparing(
            (Endpoint e) ->
                e.method().equals("DELETE")
                    && (e.path().equals(prefix + "/{projectId}")
                        || e.path().equals(prefix + "/{teamId}"))));
    return endpoints;
  }

  private static Response call(RequestSpecification as, Endpoint endpoint, String path) {
    if (List.of("POST", "PUT", "PATCH").contains(endpoint.method())) {
      as.body("{}");
    }
    return as.request(endpoint.method(), path);
  }

  @Test
  void superAdminIsRefusedOnEveryProjectRoute() {
    // The account owned a project before governance made it super_admin.
    Person governor = People.verified("sa-projects");
    UUID project = People.project(governor, "Owned before promotion");
    Db.update(dataSource, "UPDATE users SET role = 'super_admin' WHERE id = ?", governor.id());
    Person owner = People.verified("plain-owner");
    UUID control = People.project(owner, "Control");

    List<Endpoint> endpoints = endpointsUnder("/api/projects");
    assertThat(endpoints).as("identity's project routes").hasSizeGreaterThanOrEqualTo(17);
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      boolean projectRoute = endpoint.path().contains("{projectId}");
      Supplier<RequestSpecification> superAdmin =
          () ->
              Api.bearer(
                  projectRoute
                      ? TestTokens.internal()
                          .user(governor.id())
                          .role("super_admin")
                          .plan("enterprise")
                          .project(project, "owner")
                          .sign()
                      : TestTokens.internal()
                          .user(governor.id())
                          .role("super_admin")
                          .plan("enterprise")
                          .sign());
      Response refused =
          call(
              superAdmin.get(), endpoint, endpoint.sample(Map.of("projectId", project.toString())));
      if (refused.statusCode() != 403 || !"FORBIDDEN".equals(refused.path("code"))) {
        wrong.add(endpoint + " as super_admin: " + refused.statusCode());
      }
      // The same call by an owner of their own project is not refused for who they are.
      RequestSpecification asOwner = projectRoute ? owner.on(control, "owner") : owner.as("dev");
      int got =
          call(asOwner, endpoint, endpoint.sample(Map.of("projectId", control.toString())))
              .statusCode();
      if (got == 401 || got == 403) {
        wrong.add(endpoint + " as owner: " + got);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM projects WHERE id = ?", project))
        .isOne();
  }

  @Test
  void superAdminIsRefusedOnEveryTeamRoute() {
    // The account administered a team before governance made it super_admin.
    Person governor = People.verified("sa-teams");
    UUID team = createTeam(governor, "Administered before promotion");
    Db.update(dataSource, "UPDATE users SET role = 'super_admin' WHERE id = ?", governor.id());
    Person admin = People.verified("team-admin");
    UUID control = createTeam(admin, "Control team");

    List<Endpoint> endpoints = endpointsUnder("/api/teams");
    assertThat(endpoints).as("identity's team routes").hasSizeGreaterThanOrEqualTo(9);
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Response refused =
          call(
              Api.bearer(
                  TestTokens.internal()
                      .user(governor.id())
                      .role("super_admin")
                      .plan("enterprise")
                      .sign()),
              endpoint,
              endpoint.sample(Map.of("teamId", team.toString())));
      if (refused.statusCode() != 403 || !"FORBIDDEN".equals(refused.path("code"))) {
        wrong.add(endpoint + " as super_admin: " + refused.statusCode());
      }
      int got =
          call(admin.as("dev"), endpoint, endpoint.sample(Map.of("teamId", control.toString())))
              .statusCode();
      if (got == 401 || got == 403) {
        wrong.add(endpoint + " as team admin: " + got);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(Db.queryLong(dataSource, "SELECT count(*) FROM teams WHERE id = ?", team)).isOne();
  }

  @Test
  void membersWhoDoNotAdministerATeamCannotManageIt() {
    Person alice = People.verified("t-admin");
    UUID team = createTeam(alice, "Managed by Alice");
    // A platform viewer who is a team viewer, and a platform admin who is only a team dev.
    Person viewer = People.verified("t-viewer");
    People.setRole(dataSource, viewer.id(), "viewer");
    Person developer = People.verified("t-dev");
    People.setRole(dataSource, developer.id(), "admin");
    Person newcomer = People.verified("t-new");
    Person stranger = People.verified("t-stranger");
    People.setRole(dataSource, stranger.id(), "viewer");
    addMember(alice, team, viewer, "viewer");
    addMember(alice, team, developer, "dev");

    record Attempt(String method, String path, String body) {}
    String base = "/api/teams/" + team;
    List<Attempt> manage =
        List.of(
            new Attempt("PATCH", base, body("name", "Taken over")),
            new Attempt("POST", base + "/members", body("email", newcomer.email(), "role", "dev")),
            new Attempt("PATCH", base + "/members/" + developer.id(), body("role", "admin")),
            new Attempt("PATCH", base + "/members/" + viewer.id(), body("role", "admin")),
            new Attempt("DELETE", base + "/members/" + alice.id(), null),
            new Attempt("DELETE", base, null));
    for (Attempt attempt : manage) {
      for (Object[] who :
          new Object[][] {
            {"platform viewer, team viewer", viewer.as("viewer"), 403},
            {"platform admin, team dev", developer.as("admin"), 403},
            {"platform viewer, not a member", stranger.as("viewer"), 404}
          }) {
        RequestSpecification as = (RequestSpecification) who[1];
        if (attempt.body() != null) {
          as.body(attempt.body());
        }
        as.request(attempt.method(), attempt.path())
            .then()
            .statusCode((Integer) who[2])
            .contentType("application/problem+json");
      }
    }
    // Nothing changed: the team, its name, its three members and their roles.
    alice
        .as("dev")
        .get(base)
        .then()
        .statusCode(200)
        .body("name", equalTo("Managed by Alice"))
        .body("members.size()", equalTo(3))
        .body("members.find { it.userId == '" + alice.id() + "' }.role", equalTo("admin"))
        .body("members.find { it.userId == '" + developer.id() + "' }.role", equalTo("dev"))
        .body("members.find { it.userId == '" + viewer.id() + "' }.role", equalTo("viewer"));
    // Leaving is not managing: the viewer may leave.
    viewer.as("viewer").delete(base + "/members/" + viewer.id()).then().statusCode(204);
  }

  private static UUID createTeam(Person admin, String name) {
    String id =
        admin
            .as("dev")
            .body(body("name", name))
            .post("/api/teams")
            .then()
            .statusCode(201)
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
}
