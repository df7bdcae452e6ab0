package dev.kythera.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.job.JobStatus;
import org.junit.jupiter.api.Test;

class AccessHierarchyTest {

  @Test
  void rolesAreOrderedAndSuperAdminPassesEveryRoleCheck() {
    assertThat(Role.DEV.satisfies(Role.QA)).isTrue();
    assertThat(Role.QA.satisfies(Role.DEV)).isFalse();
    assertThat(Role.VIEWER.satisfies(Role.VIEWER)).isTrue();
    for (Role required : Role.values()) {
      assertThat(Role.SUPER_ADMIN.satisfies(required)).isTrue();
    }
  }

  @Test
  void rolesAndPlansParseTheirWireNames() {
    assertThat(Role.fromWire("super_admin")).contains(Role.SUPER_ADMIN);
    assertThat(Role.fromWire("root")).isEmpty();
    assertThat(Plan.fromWire("Pro")).contains(Plan.PRO);
    assertThat(Plan.ENTERPRISE.includes(Plan.PRO)).isTrue();
    assertThat(Plan.STARTER.includes(Plan.PRO)).isFalse();
  }

  @Test
  void onlyDoneErrorAndCancelledAreTerminal() {
    assertThat(JobStatus.PENDING.terminal()).isFalse();
    assertThat(JobStatus.RUNNING.terminal()).isFalse();
    assertThat(JobStatus.DONE.terminal()).isTrue();
    assertThat(JobStatus.ERROR.terminal()).isTrue();
    assertThat(JobStatus.CANCELLED.terminal()).isTrue();
    assertThat(JobStatus.fromWire("cancelled")).isEqualTo(JobStatus.CANCELLED);
  }
}
