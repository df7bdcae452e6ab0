package dev.kythera.gateway.domain;

import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import java.util.Optional;

/**
 * Decides whether a caller may use a route: first whether the token's account is still enabled,
 * then from the caller (sign-in, role, plan, super_admin on project routes), then from the caller's
 * permission on the route's project.
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  /**
   * Checks the account behind a valid token: a user identity no longer knows (deleted) holds an
   * invalid token, a disabled account is refused at once.
   */
  public static AccessDecision forAccount(Optional<UserStatus> status) {
    if (status.isEmpty()) {
      return new AccessDecision.Denied(
          ErrorCode.INVALID_TOKEN, "The token's account does not exist any more");
    }
    if (!status.get().enabled()) {
      return new AccessDecision.Denied(ErrorCode.ACCOUNT_DISABLED, "The account is disabled");
    }
    return AccessDecision.ALLOWED;
  }

  /** Checks what the token says against the rule; {@code user} is empty for anonymous calls. */
  public static AccessDecision forCaller(RouteRule rule, Optional<UserPrincipal> user) {
    if (rule.anonymousAllowed()) {
      return AccessDecision.ALLOWED;
    }
    if (user.isEmpty()) {
      return new AccessDecision.Denied(
          ErrorCode.UNAUTHENTICATED, "Sign in and send the access token as a Bearer token");
    }
    UserPrincipal caller = user.get();
    Role required = rule.minimumRole().orElseThrow();
    if (!caller.role().satisfies(required)) {
      return new AccessDecision.Denied(
          ErrorCode.FORBIDDEN, "This needs the " + required.wireName() + " role");
    }
    if (rule.projectAccess().isPresent() && caller.role() == Role.SUPER_ADMIN) {
      return new AccessDecision.Denied(
          ErrorCode.FORBIDDEN, "super_admin governs the platform and has no project access");
    }
    if (!caller.plan().includes(rule.minimumPlan())) {
      return new AccessDecision.Denied(
          ErrorCode.PLAN_REQUIRED,
          "This needs the "
              + rule.minimumPlan().wireName()
              + " plan; your plan is "
              + caller.plan().wireName());
    }
    return AccessDecision.ALLOWED;
  }

  /**
   * Checks the caller's permission on the route's project; no permission at all answers "not
   * found", so outsiders cannot tell which project ids exist.
   */
  public static AccessDecision forProject(RouteRule rule, Optional<ProjectPermission> granted) {
    ProjectPermission required =
        rule.projectAccess()
            .orElseThrow(() -> new IllegalArgumentException("the route targets no project"));
    if (granted.isEmpty()) {
      return new AccessDecision.Denied(ErrorCode.NOT_FOUND, "Project not found");
    }
    if (!granted.get().includes(required)) {
      return new AccessDecision.Denied(
          ErrorCode.FORBIDDEN,
          "This needs "
              + required.wireName()
              + " permission on the project; you have "
              + granted.get().wireName());
    }
    return AccessDecision.ALLOWED;
  }
}
