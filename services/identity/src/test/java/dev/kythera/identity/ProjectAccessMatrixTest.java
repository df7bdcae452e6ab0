package dev.kythera.identity;

import static dev.kythera.identity.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.identity.support.Api;
import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.People;
import dev.kythera.identity.support.People.Person;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * identity's project routes × callers → status. Each caller carries the token the gateway would
 * mint for it; identity re-checks the claim and the database (defence in depth).
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class ProjectAccessMatrixTest {

  @Inject AgroalDataSource dataSource;

  /** One route: method, path suffix, body, and the permission it needs. */
  record Route(String method, String suffix, Supplier<String> body, String needs, int ok) {}

  @Test
  void everyProjectRouteAnswersEveryKindOfCallerAsTheRulesSay() {
    Person owner = People.verified("m-owner");
    UUID project = People.project(owner, "Matrix");
    Map<String, Person> members = new LinkedHashMap<>();
    for (String[] grant :
        new String[][] {
          {"viewer", "read"}, {"qa", "write"}, {"dev", "write"}, {"admin", "admin"}
        }) {
      Person member = People.verified("m-" + grant[0]);
      People.setRole(dataSource, member.id(), grant[0]);
      owner
          .on(project, "owner")
          .body(body("email", member.email(), "permission", grant[1]))
          .post("/api/projects/" + project + "/members")
          .then()
          .statusCode(201);
      members.put(grant[0] + "/" + grant[1], member);
    }
    Person outsider = People.verified("m-outsider");
    People.project(outsider, "Theirs");
    Person disabled = People.verified("m-disabled");
    owner
        .on(project, "owner")
        .body(body("email", disabled.email(), "permission", "owner"))
        .post("/api/projects/" + project + "/members")
        .then()
        .statusCode(201);
    dev.kythera.identity.support.Db.update(
        dataSource, "UPDATE users SET enabled = false WHERE id = ?", disabled.id());

    List<Route> routes =
        List.of(
            new Route("GET", "", () -> null, "read", 200),
            new Route("GET", "/members", () -> null, "read", 200),
            new Route("GET", "/config", () -> null, "read", 200),
            new Route("GET", "/activity", () -> null, "read", 200),
            new Route("PUT", "/config", () -> "{\"environments\":[\"dev\"]}", "admin", 200),
            new Route(
                "POST",
                "/members",
                () -> body("email", Api.uniqueEmail("matrix"), "permission", "read"),
                "admin",
                201),
            new Route("PATCH", "", () -> "{}", "owner", 200));

    List<String> failures = new ArrayList<>();
    for (Route route : routes) {
      String path = "/api/projects/" + project + route.suffix();
      expect(failures, route, path, "anonymous", Api.anonymous(), 401);
      expect(
          failures,
          route,
          path,
          "super_admin",
          Api.bearer(
              TestTokens.internal()
                  .user(owner.id())
                  .role("super_admin")
                  .project(project, "owner")
                  .sign()),
          403);
      expect(
          failures, route, path, "member of another project", outsider.on(project, "owner"), 404);
      expect(
          failures,
          route,
          path,
          "claim for another project",
          owner.on(UUID.randomUUID(), "owner"),
          403);
      expect(failures, route, path, "disabled user", disabled.on(project, "owner"), 403);
      expect(failures, route, path, "owner", owner.on(project, "owner"), route.ok());
      for (Map.Entry<String, Person> entry : members.entrySet()) {
        String role = entry.getKey().split("/")[0];
        String permission = entry.getKey().split("/")[1];
        boolean allowed = rank(permission) >= rank(route.needs());
        expect(
            failures,
            route,
            path,
            entry.getKey(),
            entry.getValue().on(role, project, permission),
            allowed ? route.ok() : 403);
      }
    }
    assertThat(failures).isEmpty();
  }

  private static void expect(
      List<String> failures,
      Route route,
      String path,
      String who,
      RequestSpecification as,
      int status) {
    String body = route.body().get();
    if (body != null) {
      as.body(body);
    }
    int got = as.request(route.method(), path).then().extract().statusCode();
    if (got != status) {
      failures.add(
          route.method()
              + " "
              + route.suffix()
              + " as "
              + who
              + ": "
              + got
              + " (expected "
              + status
              + ")");
    }
  }

  private static int rank(String permission) {
    return List.of("read", "write", "admin", "owner").indexOf(permission);
  }
}
