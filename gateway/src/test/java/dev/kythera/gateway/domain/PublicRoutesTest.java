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

  @ParameterizedTest(name = "{0} {1} -> {2}, role {3}, project {4}, {5}")
  @CsvSource({
    "POST, /api/auth/register, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/login, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/login/mfa, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/verify-email, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/resend-verification, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/forgot-password, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/reset-password, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/refresh, IDENTITY, anonymous, none, limited",
    "POST, /api/auth/logout, IDENTITY, anonymous, none, limited",
    "GET, /api/auth/jwks, IDENTITY, anonymous, none, limited",
    "GET, /api/auth/me, IDENTITY, VIEWER, none, limited",
    "GET, /api/plans, IDENTITY, anonymous, none, open",
    "GET, /api/projects, IDENTITY, VIEWER, none, open",
    "POST, /api/projects, IDENTITY, VIEWER, none, open",
    "GET, {P}, IDENTITY, VIEWER, READ, open",
    "PATCH, {P}, IDENTITY, VIEWER, OWNER, open",
    "DELETE, {P}, IDENTITY, VIEWER, OWNER, open",
    "GET, {P}/members, IDENTITY, VIEWER, READ, open",
    "POST, {P}/members, IDENTITY, VIEWER, ADMIN, open",
    "PATCH, {P}/members/u-1, IDENTITY, VIEWER, ADMIN, open",
    "DELETE, {P}/members/u-1, IDENTITY, VIEWER, READ, open",
    "DELETE, {P}/invitations/i-1, IDENTITY, VIEWER, ADMIN, open",
    "GET, {P}/config, IDENTITY, VIEWER, READ, open",
    "PUT, {P}/config, IDENTITY, VIEWER, ADMIN, open",
    "GET, {P}/activity, IDENTITY, VIEWER, READ, open",
    "GET, {P}/jobs, IDENTITY, VIEWER, READ, open",
    "GET, {P}/jobs/job-1, IDENTITY, VIEWER, READ, open",
    "GET, {P}/jobs/job-1/stream, IDENTITY, VIEWER, READ, open",
    "POST, {P}/jobs/job-1/cancel, IDENTITY, VIEWER, WRITE, open",
    "POST, {P}/diagnostics/selftest, GENERATION, VIEWER, WRITE, open",
    "GET, /api/teams, IDENTITY, VIEWER, none, open",
    "POST, /api/teams, IDENTITY, DEV, none, open",
    "GET, /api/teams/t-1, IDENTITY, VIEWER, none, open",
    "PATCH, /api/teams/t-1, IDENTITY, VIEWER, none, open",
    "DELETE, /api/teams/t-1, IDENTITY, VIEWER, none, open",
    "GET, /api/teams/t-1/members, IDENTITY, VIEWER, none, open",
    "POST, /api/teams/t-1/members, IDENTITY, VIEWER, none, open",
    "PATCH, /api/teams/t-1/members/u-1, IDENTITY, VIEWER, none, open",
    "DELETE, /api/teams/t-1/members/u-1, IDENTITY, VIEWER, none, open",
    "GET, /api/account/profile, IDENTITY, VIEWER, none, open",
    "PATCH, /api/account/profile, IDENTITY, VIEWER, none, open",
    "POST, /api/account/password, IDENTITY, VIEWER, none, limited",
    "GET, /api/account/sessions, IDENTITY, VIEWER, none, open",
    "DELETE, /api/account/sessions/s-1, IDENTITY, VIEWER, none, open",
    "DELETE, /api/account, IDENTITY, VIEWER, none, limited",
    "GET, /api/account/2fa, IDENTITY, VIEWER, none, open",
    "POST, /api/account/2fa/setup, IDENTITY, VIEWER, none, open",
    "POST, /api/account/2fa/enable, IDENTITY, VIEWER, none, limited",
    "POST, /api/account/2fa/disable, IDENTITY, VIEWER, none, limited",
    "GET, /api/governance/users, IDENTITY, SUPER_ADMIN, none, open",
    "PATCH, /api/governance/users/u-1, IDENTITY, SUPER_ADMIN, none, open",
    "GET, /api/governance/stats, IDENTITY, SUPER_ADMIN, none, open",
    "GET, /api/governance/audit, IDENTITY, SUPER_ADMIN, none, open"
  })
  void everyPublicRouteHasItsRule(
      String method, String path, Backend backend, String role, String project, String rateLimit) {
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
    assertThat(rule.rateLimited()).isEqualTo(rateLimit.equals("limited"));
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
        assertThat(route.pattern().text()).as(route.id()).matches("/api/(auth/.*|docs/.*|plans)");
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
