package dev.kythera.gateway.domain;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * What one public route requires before the gateway forwards it, and where it goes.
 *
 * @param target where admitted requests go
 * @param minimumRole the lowest platform role allowed; empty when anonymous callers are allowed
 * @param minimumPlan the lowest plan allowed
 * @param projectAccess the permission needed on the {@code {projectId}} of the path; empty for
 *     routes that do not target a project
 * @param body which request bodies the route accepts
 * @param rateLimited whether calls are limited per client address (sign-in and token routes)
 */
public record RouteRule(
    RouteTarget target,
    Optional<Role> minimumRole,
    Plan minimumPlan,
    Optional<ProjectPermission> projectAccess,
    BodyPolicy body,
    boolean rateLimited) {

  public RouteRule {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(minimumRole, "minimumRole");
    Objects.requireNonNull(minimumPlan, "minimumPlan");
    Objects.requireNonNull(projectAccess, "projectAccess");
    Objects.requireNonNull(body, "body");
    if (minimumRole.isEmpty() && projectAccess.isPresent()) {
      throw new IllegalArgumentException("a project route cannot allow anonymous callers");
    }
    if (minimumRole.isEmpty() && minimumPlan != Plan.STARTER) {
      throw new IllegalArgumentException("an anonymous route cannot require a plan");
    }
  }

  /** Open to everyone; a valid token, when sent, is still forwarded. */
  public static RouteRule anonymous(Backend backend) {
    return anonymous(RouteTarget.service(backend));
  }

  public static RouteRule anonymous(RouteTarget target) {
    return new RouteRule(
        target, Optional.empty(), Plan.STARTER, Optional.empty(), BodyPolicy.JSON, false);
  }

  /** Needs a signed-in user with at least {@code role}. */
  public static RouteRule signedIn(Role role, Backend backend) {
    return new RouteRule(
        RouteTarget.service(backend),
        Optional.of(role),
        Plan.STARTER,
        Optional.empty(),
        BodyPolicy.JSON,
        false);
  }

  /** Needs a signed-in user holding at least {@code permission} on the path's project. */
  public static RouteRule project(ProjectPermission permission, Backend backend) {
    return new RouteRule(
        RouteTarget.service(backend),
        Optional.of(Role.VIEWER),
        Plan.STARTER,
        Optional.of(permission),
        BodyPolicy.JSON,
        false);
  }

  public RouteRule role(Role role) {
    return new RouteRule(target, Optional.of(role), minimumPlan, projectAccess, body, rateLimited);
  }

  public RouteRule plan(Plan plan) {
    return new RouteRule(target, minimumRole, plan, projectAccess, body, rateLimited);
  }

  public RouteRule anyBody() {
    return new RouteRule(
        target, minimumRole, minimumPlan, projectAccess, BodyPolicy.ANY, rateLimited);
  }

  public RouteRule withRateLimit() {
    return new RouteRule(target, minimumRole, minimumPlan, projectAccess, body, true);
  }

  public boolean anonymousAllowed() {
    return minimumRole.isEmpty();
  }
}
