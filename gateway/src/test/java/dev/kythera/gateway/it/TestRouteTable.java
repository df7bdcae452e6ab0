package dev.kythera.gateway.it;

import dev.kythera.gateway.domain.Backend;
import dev.kythera.gateway.domain.PublicRoutes;
import dev.kythera.gateway.domain.RouteRule;
import dev.kythera.gateway.domain.RouteTable;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The production table plus rows of the kind later issues add (an admin-only area, a pro-plan
 * project route the fake patch answers like a dead backend), so role, plan and 502 paths can be
 * tested end to end; and the {@link #planRows() plan rows} the authorization matrix adds to the
 * production rows, since no production row needs more than starter yet.
 */
public class TestRouteTable {

  /** Rows above starter on backends that answer: the matrix's plan dimension. */
  static RouteTable planRows() {
    return addPlanRows(RouteTable.builder()).build();
  }

  private static RouteTable.Builder addPlanRows(RouteTable.Builder builder) {
    return builder
        .add(
            "GET",
            "/api/projects/{projectId}/pro-insights",
            RouteRule.project(ProjectPermission.READ, Backend.IDENTITY).plan(Plan.PRO))
        .add(
            "POST",
            "/api/enterprise-exports",
            RouteRule.signedIn(Role.VIEWER, Backend.GENERATION).plan(Plan.ENTERPRISE));
  }

  @Produces
  @Alternative
  @Priority(1)
  @Singleton
  RouteTable routeTable() {
    return addPlanRows(PublicRoutes.builder())
        .add("GET", "/api/reports/**", RouteRule.signedIn(Role.ADMIN, Backend.IDENTITY))
        .add(
            "*",
            "/api/projects/{projectId}/pro-reports/**",
            RouteRule.project(ProjectPermission.READ, Backend.PATCH).plan(Plan.PRO))
        .build();
  }
}
