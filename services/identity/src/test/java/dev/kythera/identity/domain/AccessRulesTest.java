package dev.kythera.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.identity.domain.config.Environment;
import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.identity.domain.mfa.RecoveryCodes;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.project.MemberRules;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.team.TeamRules;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimit;
import dev.kythera.kernel.plan.PlanLimitExceededException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Domain rules of access, teams, plans, configuration and recovery codes. */
class AccessRulesTest {

  @Test
  void effectivePermissionIsTheHigherOfDirectAndTeam() {
    assertThat(ProjectAccess.effective(Optional.empty(), Optional.empty())).isEmpty();
    assertThat(ProjectAccess.effective(Optional.of(ProjectPermission.READ), Optional.empty()))
        .contains(ProjectPermission.READ);
    assertThat(ProjectAccess.effective(Optional.empty(), Optional.of(TeamRole.QA)))
        .contains(ProjectPermission.WRITE);
    assertThat(
            ProjectAccess.effective(
                Optional.of(ProjectPermission.READ), Optional.of(TeamRole.ADMIN)))
        .contains(ProjectPermission.ADMIN);
    assertThat(
            ProjectAccess.effective(
                Optional.of(ProjectPermission.OWNER), Optional.of(TeamRole.ADMIN)))
        .contains(ProjectPermission.OWNER);
  }

  @Test
  void teamRolesMapToProjectPermissions() {
    assertThat(TeamRole.VIEWER.projectPermission()).isEqualTo(ProjectPermission.READ);
    assertThat(TeamRole.QA.projectPermission()).isEqualTo(ProjectPermission.WRITE);
    assertThat(TeamRole.DEV.projectPermission()).isEqualTo(ProjectPermission.WRITE);
    assertThat(TeamRole.ADMIN.projectPermission()).isEqualTo(ProjectPermission.ADMIN);
  }

  @Test
  void aTeamAndAProjectAlwaysKeepTheirLastAdminAndOwner() {
    assertThatThrownBy(() -> TeamRules.keepAnAdmin(TeamRole.ADMIN, Optional.of(TeamRole.DEV), 1))
        .isInstanceOf(KytheraException.class)
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.CONFLICT);
    TeamRules.keepAnAdmin(TeamRole.ADMIN, Optional.of(TeamRole.DEV), 2);
    TeamRules.keepAnAdmin(TeamRole.DEV, Optional.empty(), 1);
    assertThatThrownBy(() -> MemberRules.keepAnOwnerOnRemoval(ProjectPermission.OWNER, 1))
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.CONFLICT);
    MemberRules.keepAnOwner(ProjectPermission.OWNER, ProjectPermission.ADMIN, 2);
  }

  @Test
  void onlyOwnersGrantOwnerAndOnlyAdminsManage() {
    MemberRules.requireMayGrant(ProjectPermission.ADMIN, ProjectPermission.ADMIN);
    MemberRules.requireMayGrant(ProjectPermission.OWNER, ProjectPermission.OWNER);
    assertThatThrownBy(
            () -> MemberRules.requireMayGrant(ProjectPermission.ADMIN, ProjectPermission.OWNER))
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThatThrownBy(
            () -> MemberRules.requireMayGrant(ProjectPermission.WRITE, ProjectPermission.READ))
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void planLimitsNameTheCheapestPlanThatAllowsMore() {
    PlanCatalogue.require(Plan.STARTER, PlanLimit.PROJECTS_PER_USER, 3);
    assertThatThrownBy(() -> PlanCatalogue.require(Plan.STARTER, PlanLimit.PROJECTS_PER_USER, 4))
        .isInstanceOfSatisfying(
            PlanLimitExceededException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.PLAN_REQUIRED);
              assertThat(e.requiredPlan()).contains(Plan.PRO);
              assertThat(e.allowed()).isEqualTo(3);
              assertThat(e.getMessage()).contains("pro plan");
            });
    assertThat(PlanCatalogue.cheapestAllowing(PlanLimit.PROJECTS_PER_USER, 26))
        .contains(Plan.ENTERPRISE);
    assertThat(PlanCatalogue.cheapestAllowing(PlanLimit.SCHEDULED_SCANS, 1)).contains(Plan.PRO);
    assertThat(PlanCatalogue.of(Plan.ENTERPRISE).limit(PlanLimit.PROJECTS_PER_USER)).isEmpty();
    // Ordered and monotonic: a higher plan never allows less.
    for (PlanLimit limit : PlanLimit.values()) {
      long previous = -1;
      for (var plan : PlanCatalogue.all()) {
        long value = plan.limit(limit).orElse(Long.MAX_VALUE);
        assertThat(value).isGreaterThanOrEqualTo(previous);
        previous = value;
      }
    }
  }

  @Test
  void projectConfigNamesEveryInvalidField() {
    ProjectId id = ProjectId.random();
    new ProjectConfig(id, List.of(new Environment("prod", true, "Production")), "{}", null, null);
    assertThatThrownBy(
            () ->
                new ProjectConfig(
                    id,
                    List.of(
                        new Environment("Prod!", false, null),
                        new Environment("dev", false, null),
                        new Environment("dev", false, null)),
                    "{\"x\":\"" + "y".repeat(70_000) + "\"}",
                    null,
                    null))
        .isInstanceOfSatisfying(
            KytheraException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder(
                        "environments[0].name", "environments[2].name", "defaults"));
  }

  @Test
  void recoveryCodesAreDistinctAndNormalisedBeforeHashing() {
    List<String> codes = RecoveryCodes.generate();
    assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
    assertThat(new HashSet<>(codes)).hasSize(10);
    String code = codes.get(0);
    assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " ")))
        .isEqualTo(RecoveryCodes.hash(code));
    assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
  }

  @Test
  void cursorsRoundTripAndRejectGarbage() {
    Cursor cursor = new Cursor(Instant.parse("2026-01-02T03:04:05.123456Z"), "42");
    assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    assertThat(Cursor.decode(null)).isNull();
    assertThatThrownBy(() -> Cursor.decode("not a cursor"))
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }
}
