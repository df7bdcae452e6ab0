package dev.kythera.gateway.domain;

import static dev.kythera.gateway.domain.Backend.GENERATION;
import static dev.kythera.gateway.domain.Backend.IDENTITY;
import static dev.kythera.gateway.domain.Backend.INTROSPECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final String P = "/api/projects/0b5e9b8e-3f0c-4c8e-9a51-0f6a2a1c7d10";

  private final RouteTable table =
      RouteTable.builder()
          .add(
              "GET",
              "/api/projects/{projectId}",
              RouteRule.project(ProjectPermission.READ, IDENTITY))
          .add(
              "*",
              "/api/projects/{projectId}/connections/**",
              RouteRule.project(ProjectPermission.WRITE, INTROSPECTION))
          .add(
              "GET",
              "/api/projects/{projectId}/connections/{connectionId}",
              RouteRule.project(ProjectPermission.READ, INTROSPECTION))
          .add(
              "POST",
              "/api/projects/{projectId}/diagnostics/selftest",
              RouteRule.project(ProjectPermission.WRITE, GENERATION))
          .add("GET", "/api/teams/**", RouteRule.signedIn(Role.ADMIN, IDENTITY))
          .add("GET", "/api/teams/mine", RouteRule.signedIn(Role.VIEWER, IDENTITY))
          .add("*", "/api/{anything}/echo", RouteRule.anonymous(GENERATION))
          .build();

  private RouteLookup lookup(String method, String path) {
    return table.lookup(method, RequestPath.parse(path));
  }

  private Route matched(String method, String path) {
    RouteLookup result = lookup(method, path);
    assertThat(result).isInstanceOf(RouteLookup.Matched.class);
    return ((RouteLookup.Matched) result).route();
  }

  @Test
  void variablesAreCaptured() {
    RouteLookup.Matched match = (RouteLookup.Matched) lookup("GET", P);
    assertThat(match.variables()).containsEntry("projectId", P.substring(P.lastIndexOf('/') + 1));
  }

  @Test
  void literalBeatsVariableAndVariableBeatsRest() {
    assertThat(matched("GET", "/api/teams/mine").rule().minimumRole()).contains(Role.VIEWER);
    assertThat(matched("GET", "/api/teams/other").rule().minimumRole()).contains(Role.ADMIN);
    assertThat(matched("GET", P + "/connections/c1").rule().projectAccess())
        .contains(ProjectPermission.READ);
    assertThat(matched("DELETE", P + "/connections/c1").rule().projectAccess())
        .contains(ProjectPermission.WRITE);
  }

  @Test
  void restMatchesZeroOrMoreSegments() {
    assertThat(matched("GET", "/api/teams").pattern().text()).isEqualTo("/api/teams/**");
    assertThat(matched("GET", "/api/teams/a/b/c").pattern().text()).isEqualTo("/api/teams/**");
    assertThat(matched("PUT", P + "/connections").pattern().text()).endsWith("/connections/**");
  }

  @Test
  void ungroupedPatternsAreFoundToo() {
    assertThat(matched("PUT", "/api/whatever/echo").rule().target())
        .isEqualTo(new RouteTarget.Service(GENERATION));
  }

  @Test
  void trailingSlashIsIgnored() {
    assertThat(matched("GET", P + "/").pattern().text()).isEqualTo("/api/projects/{projectId}");
  }

  @Test
  void headIsAnsweredByGetRoutes() {
    assertThat(matched("HEAD", P).method()).isEqualTo("GET");
  }

  @Test
  void knownPathWithOtherMethodIsMethodNotAllowed() {
    assertThat(lookup("DELETE", P))
        .isEqualTo(new RouteLookup.MethodNotAllowed(java.util.List.of("GET")));
    assertThat(lookup("GET", P + "/diagnostics/selftest"))
        .isEqualTo(new RouteLookup.MethodNotAllowed(java.util.List.of("POST")));
  }

  @Test
  void unknownPathsAreNotFound() {
    assertThat(lookup("GET", "/api/nothing")).isInstanceOf(RouteLookup.NotFound.class);
    assertThat(lookup("GET", P + "/unknown")).isInstanceOf(RouteLookup.NotFound.class);
    assertThat(lookup("GET", "/api")).isInstanceOf(RouteLookup.NotFound.class);
    assertThat(lookup("GET", "/")).isInstanceOf(RouteLookup.NotFound.class);
    assertThat(lookup("GET", "/API/teams")).isInstanceOf(RouteLookup.NotFound.class);
  }

  @Test
  void projectRoutesMustDeclareProjectAccessAndViceVersa() {
    assertThatThrownBy(
            () ->
                RouteTable.builder()
                    .add(
                        "GET",
                        "/api/projects/{projectId}",
                        RouteRule.signedIn(Role.VIEWER, IDENTITY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RouteTable.builder()
                    .add("GET", "/api/things", RouteRule.project(ProjectPermission.READ, IDENTITY)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void duplicateRoutesAndBadPatternsAreRejected() {
    assertThatThrownBy(
            () ->
                RouteTable.builder()
                    .add("GET", "/api/a", RouteRule.anonymous(IDENTITY))
                    .add("get", "/api/a", RouteRule.anonymous(IDENTITY)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> PathPattern.compile("/api/**/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathPattern.compile("/api/{a}/{a}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathPattern.compile("/api/../x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathPattern.compile("api/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anonymousRulesCannotNeedProjectsOrPlans() {
    assertThatThrownBy(() -> RouteRule.anonymous(IDENTITY).plan(dev.kythera.kernel.access.Plan.PRO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupIsFast() {
    RouteTable production = PublicRoutes.table();
    RequestPath path = RequestPath.parse(P + "/jobs/j-1/stream");
    for (int i = 0; i < 20_000; i++) {
      production.lookup("GET", path);
    }
    long start = System.nanoTime();
    int rounds = 200_000;
    for (int i = 0; i < rounds; i++) {
      production.lookup("GET", RequestPath.parse(P + "/jobs/j-1/stream"));
    }
    double micros = (System.nanoTime() - start) / 1_000.0 / rounds;
    System.out.printf("route lookup incl. path validation: %.2f µs%n", micros);
    assertThat(micros).isLessThan(50);
  }
}
