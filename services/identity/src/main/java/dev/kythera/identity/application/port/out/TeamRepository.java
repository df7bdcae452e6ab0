package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.team.Team;
import dev.kythera.identity.domain.team.TeamMember;
import dev.kythera.identity.domain.team.TeamMembership;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound port: teams and their members. Runs in the caller's transaction. */
public interface TeamRepository {

  /** Stores a new team with {@code firstAdmin} as its admin member. */
  void insert(Team team, UserId firstAdmin);

  void update(Team team);

  /** Deletes the team and its memberships; its projects become personal (team cleared). */
  void delete(TeamId id);

  Optional<Team> findById(TeamId id);

  /** The user's role in the team; empty when not a member or no such team. */
  Optional<TeamRole> roleOf(TeamId teamId, UserId userId);

  /** Every team the user belongs to, newest first. */
  List<TeamMembership> findForMember(UserId userId);

  /** The team's members, oldest first. */
  List<TeamMember> members(TeamId teamId);

  long countMembers(TeamId teamId);

  long countAdmins(TeamId teamId);

  void addMember(TeamId teamId, UserId userId, TeamRole role, Instant at);

  void changeRole(TeamId teamId, UserId userId, TeamRole role);

  void removeMember(TeamId teamId, UserId userId);
}
