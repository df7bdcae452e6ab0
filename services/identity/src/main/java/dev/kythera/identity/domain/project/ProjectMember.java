package dev.kythera.identity.domain.project;

import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone with access to a project, and where the access comes from.
 *
 * @param direct the direct grant, if any
 * @param teamRole the role in the project's team, if any
 * @param since when the earliest of the two began
 */
public record ProjectMember(
    UserId userId,
    String email,
    String name,
    Optional<ProjectPermission> direct,
    Optional<TeamRole> teamRole,
    Instant since) {

  /** The permission this member actually holds. */
  public ProjectPermission effective() {
    return ProjectAccess.effective(direct, teamRole).orElseThrow();
  }
}
