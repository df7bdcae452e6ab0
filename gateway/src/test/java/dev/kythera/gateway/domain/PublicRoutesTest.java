package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicRoutesTest {
  private static final String P = "/api/projects/0b5e9b8e-3f0c-4c8e-9a51-0f6a2a1c7d10";
  private final RouteTable table = PublicRoutes.table();

  private RouteRule rule(String method, String path) {
    RouteLookup lookup = table.lookup(method, RequestPath.parse(path.replace("{P}", P)));
    assertThat(lookup).as(method + " " + path).isInstanceOf(RouteLookup.Matched.class);
    return ((RouteLookup.Matched) lookup).route().rule();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}, role {3}, project {4}")
  @CsvSource({
    "POST, /api/auth/register, IDENTITY, anonymous, none",
    "POST, /api/auth/login, IDENTITY, anonymous, none",
    "POST, /api/auth/verify-email, IDENTITY, anonymous, none",
    "POST, /api/auth/resend-verification, IDENTITY, anonymous, none",
    "POST, /api/auth/forgot-password, IDENTITY, anonymous, none",
    "POST, /api/auth/reset-password, IDENTITY, anonymous, none",
    "POST, /api/auth/refresh, IDENTITY, anonymous, none",
    "POST, /api/auth/logout, IDENTITY, anonymous, none",
    "GET, /api/auth/jwks, IDENTITY, anonymous, none",
    "GET, /api/auth/me, IDENTITY, VIEWER, none",
    "GET, /api/projects, IDENTITY, VIEWER, none",
    "POST, /api/projects, IDENTITY, VIEWER, none",
    "GET, {P}, IDENTITY, VIEWER, READ",
    "PATCH, {P}, IDENTITY, VIEWER, WRITE",
    "DELETE, {P}, IDENTITY, VIEWER, OWNER",
    "GET, {P}/jobs, IDENTITY, VIEWER, READ",
    "GET, {P}/jobs/job-1, IDENTITY, VIEWER, READ",
    "GET, {P}/jobs/job-1/stream, IDENTITY, VIEWER, READ",
    "POST, {P}/jobs/job-1/cancel, IDENTITY, VIEWER, WRITE",
    "POST, {P}/diagnostics/selftest, GENERATION, VIEWER, WRITE"
  })
  void everyPublicRouteHasItsRule(
      String method, String path, Backend backend, String role, String project) {
    RouteRule rule = rule(method, path);
    assertThat(rule.target()).isEqualTo(new RouteTarget.Service(backend));
    assertThat(rule.minimumRole())
        .isEqualTo(role.equals("anonymous") ? Optional.empty() : Optional.of(Role.valueOf(role)));
    assertThat(rule.projectAccess())
        .isEqualTo(
            project.equals("none")
                ? Optional.empty()
                : Optional.of(ProjectPermission.valueOf(project)));
    assertThat(rule.minimumPlan()).isEqualTo(Plan.STARTER);
    assertThat(rule.rateLimited()).isEqualTo(path.startsWith("/api/auth/"));
  }

  @Test
  void docsRoutesComeBeforeTheSwaggerUiCatchAll() {
    assertThat(rule("GET", "/api/docs/identity/openapi").target())
        .isEqualTo(new RouteTarget.ServiceDocs());
    assertThat(rule("GET", "/api/docs").target()).isEqualTo(new RouteTarget.Local());
    assertThat(rule("GET", "/api/docs/index.html").target()).isEqualTo(new RouteTarget.Local());
    assertThat(rule("GET", "/api/docs/identity/openapi").anonymousAllowed()).isTrue();
  }

  @Test
  void everyRouteIsGuardedConsistently() {
    assertThat(table.routes()).isNotEmpty();
    for (Route route : table.routes()) {
      RouteRule rule = route.rule();
      assertThat(rule).as(route.id()).isNotNull();
      assertThat(route.pattern().text()).as(route.id()).startsWith("/api/");
      boolean projectRoute = route.pattern().hasVariable("projectId");
      assertThat(rule.projectAccess().isPresent()).as(route.id()).isEqualTo(projectRoute);
      if (projectRoute) {
        assertThat(rule.anonymousAllowed()).as(route.id()).isFalse();
      }
      if (rule.anonymousAllowed()) {
        assertThat(route.pattern().text()).as(route.id()).matches("/api/(auth|docs)/.*");
      }
    }
  }

  @Test
  void unknownApiRoutesAreNotFound() {
    for (String path : new String[] {"/api/nope", "/api/auth", "/api/auth/admin", P + "/secrets"}) {
      assertThat(table.lookup("GET", RequestPath.parse(path)))
          .as(path)
          .isInstanceOf(RouteLookup.NotFound.class);
    }
  }
}
