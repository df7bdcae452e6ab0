package dev.kythera.identity.domain.team;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.Optional;

/**
 * Domain rule: who may do what in a team. Non-members learn nothing (404); members without the role
 * get 403; a team always keeps at least one admin (409).
 */
public final class TeamRules {
  private TeamRules() {}

  /** The member's role when it includes {@code needed}; 404 for non-members, 403 otherwise. */
  public static TeamRole require(Optional<TeamRole> held, TeamRole needed) {
    TeamRole role = held.orElseThrow(() -> KytheraException.notFound("Team"));
    if (!role.includes(needed)) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "This needs the " + needed.wireName() + " role in the team");
    }
    return role;
  }

  /** Refuses a change that would leave the team without an admin. */
  public static void keepAnAdmin(TeamRole current, Optional<TeamRole> next, long admins) {
    boolean losesAdmin =
        current == TeamRole.ADMIN && next.map(r -> r != TeamRole.ADMIN).orElse(true);
    if (losesAdmin && admins <= 1) {
      throw new KytheraException(
          ErrorCode.CONFLICT,
          "A team needs at least one admin: make another member admin first, or delete the team");
    }
  }
}
