package dev.kythera.identity.domain.project;

import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;

/**
 * Domain rule: who may grant what on a project. Admins manage members up to admin; only owners
 * grant, change or remove owner; a project always keeps at least one owner.
 */
public final class MemberRules {
  private MemberRules() {}

  /** Refuses when {@code actor} may not hand out (or take away) {@code permission}. */
  public static void requireMayGrant(ProjectPermission actor, ProjectPermission permission) {
    if (!actor.includes(ProjectPermission.ADMIN)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "Managing members needs admin permission on the project");
    }
    if (permission == ProjectPermission.OWNER && actor != ProjectPermission.OWNER) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "Only an owner may grant or change owner");
    }
  }

  /** Refuses a change that would leave the project without an owner. */
  public static void keepAnOwner(ProjectPermission current, ProjectPermission next, long owners) {
    if (current == ProjectPermission.OWNER && next != ProjectPermission.OWNER && owners <= 1) {
      throw new KytheraException(
          ErrorCode.CONFLICT,
          "A project needs at least one owner: make another member owner first, or delete the"
              + " project");
    }
  }

  /** Refuses removing the last owner. */
  public static void keepAnOwnerOnRemoval(ProjectPermission current, long owners) {
    keepAnOwner(current, null, owners);
  }
}
