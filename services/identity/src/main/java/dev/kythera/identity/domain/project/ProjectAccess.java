package dev.kythera.identity.domain.project;

import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.Optional;

/**
 * Domain rule: who may do what on a project. Access comes from a direct grant or from the role in
 * the project's team, whichever is higher. Non-members learn nothing (404, as if the project did
 * not exist); members lacking the permission get 403; super_admin never reaches project data.
 */
public final class ProjectAccess {
  private ProjectAccess() {}

  /** Refuses platform governance accounts, which have no project access by design. */
  public static void requireProjectUser(Role role) {
    if (role == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "super_admin governs the platform and has no project access");
    }
  }

  /** Returns the member's permission when it includes {@code needed}; fails otherwise. */
  public static ProjectPermission require(
      Optional<ProjectPermission> held, ProjectPermission needed) {
    ProjectPermission permission = held.orElseThrow(() -> KytheraException.notFound("Project"));
    if (!permission.includes(needed)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "This needs " + needed.wireName() + " permission on the project");
    }
    return permission;
  }

  /** The effective permission: the higher of the direct grant and the team-derived one. */
  public static Optional<ProjectPermission> effective(
      Optional<ProjectPermission> direct, Optional<TeamRole> teamRole) {
    Optional<ProjectPermission> viaTeam = teamRole.map(TeamRole::projectPermission);
    if (direct.isEmpty()) {
      return viaTeam;
    }
    if (viaTeam.isEmpty()) {
      return direct;
    }
    return Optional.of(direct.get().includes(viaTeam.get()) ? direct.get() : viaTeam.get());
  }
}
