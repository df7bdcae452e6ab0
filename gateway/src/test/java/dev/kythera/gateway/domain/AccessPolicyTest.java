package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private static final RouteRule PUBLIC = RouteRule.anonymous(Backend.IDENTITY);
  private static final RouteRule ADMIN_ONLY = RouteRule.signedIn(Role.ADMIN, Backend.IDENTITY);
  private static final RouteRule PRO_PROJECT =
      RouteRule.project(ProjectPermission.WRITE, Backend.INTROSPECTION).plan(Plan.PRO);

  private static Optional<UserPrincipal> user(Role role, Plan plan) {
    return Optional.of(new UserPrincipal(UUID.randomUUID(), Optional.empty(), role, plan));
  }

  private static ErrorCode denial(AccessDecision decision) {
    return decision instanceof AccessDecision.Denied denied ? denied.code() : null;
  }

  @Test
  void anonymousRoutesLetEveryoneIn() {
    assertThat(AccessPolicy.forCaller(PUBLIC, Optional.empty()).allowed()).isTrue();
  }

  @Test
  void missingUserIsUnauthenticated() {
    assertThat(denial(AccessPolicy.forCaller(ADMIN_ONLY, Optional.empty())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void roleTooLowIsForbiddenAndSuperAdminPassesRoleChecks() {
    assertThat(denial(AccessPolicy.forCaller(ADMIN_ONLY, user(Role.DEV, Plan.ENTERPRISE))))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(AccessPolicy.forCaller(ADMIN_ONLY, user(Role.ADMIN, Plan.STARTER)).allowed())
        .isTrue();
    assertThat(AccessPolicy.forCaller(ADMIN_ONLY, user(Role.SUPER_ADMIN, Plan.STARTER)).allowed())
        .isTrue();
  }

  @Test
  void planTooLowNamesTheNeededPlan() {
    AccessDecision decision = AccessPolicy.forCaller(PRO_PROJECT, user(Role.DEV, Plan.STARTER));
    assertThat(denial(decision)).isEqualTo(ErrorCode.PLAN_REQUIRED);
    assertThat(((AccessDecision.Denied) decision).detail()).contains("pro");
    assertThat(AccessPolicy.forCaller(PRO_PROJECT, user(Role.DEV, Plan.ENTERPRISE)).allowed())
        .isTrue();
  }

  @Test
  void superAdminHasNoProjectAccess() {
    assertThat(denial(AccessPolicy.forCaller(PRO_PROJECT, user(Role.SUPER_ADMIN, Plan.ENTERPRISE))))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void projectPermissionIsComparedWithTheRoute() {
    assertThat(denial(AccessPolicy.forProject(PRO_PROJECT, Optional.empty())))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(denial(AccessPolicy.forProject(PRO_PROJECT, Optional.of(ProjectPermission.READ))))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(AccessPolicy.forProject(PRO_PROJECT, Optional.of(ProjectPermission.WRITE)).allowed())
        .isTrue();
    assertThat(AccessPolicy.forProject(PRO_PROJECT, Optional.of(ProjectPermission.OWNER)).allowed())
        .isTrue();
  }

  @Test
  void deletedUsersHoldInvalidTokensAndDisabledAccountsAreRefused() {
    UUID id = UUID.randomUUID();
    assertThat(denial(AccessPolicy.forAccount(Optional.empty())))
        .isEqualTo(ErrorCode.INVALID_TOKEN);
    assertThat(
            denial(
                AccessPolicy.forAccount(
                    Optional.of(new UserStatus(id, false, Optional.empty(), Optional.empty())))))
        .isEqualTo(ErrorCode.ACCOUNT_DISABLED);
    assertThat(
            AccessPolicy.forAccount(
                    Optional.of(new UserStatus(id, true, Optional.empty(), Optional.empty())))
                .allowed())
        .isTrue();
  }

  @Test
  void theAccountsCurrentRoleAndPlanReplaceTheTokens() {
    UUID id = UUID.randomUUID();
    UserPrincipal token = new UserPrincipal(id, Optional.of("a@b.c"), Role.SUPER_ADMIN, Plan.PRO);
    UserPrincipal now =
        token.current(new UserStatus(id, true, Optional.of(Role.QA), Optional.of(Plan.STARTER)));
    assertThat(now).isEqualTo(new UserPrincipal(id, Optional.of("a@b.c"), Role.QA, Plan.STARTER));
    assertThat(token.current(new UserStatus(id, true, Optional.empty(), Optional.empty())))
        .isEqualTo(token);
    assertThat(denial(AccessPolicy.forCaller(ADMIN_ONLY, Optional.of(now))))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }
}
