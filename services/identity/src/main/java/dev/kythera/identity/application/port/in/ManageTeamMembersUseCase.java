package dev.kythera.identity.application.port.in;

import dev.kythera.identity.application.port.in.TeamView.TeamMemberView;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;

/**
 * Inbound port: a team's members. Team admins add existing users by email, change roles and remove
 * members; any member may leave; a team always keeps one admin (409).
 */
public interface ManageTeamMembersUseCase {

  /**
   * Adds an existing account to the team and mails it a note.
   *
   * @throws dev.kythera.kernel.error.KytheraException NOT_FOUND when no account uses the address,
   *     CONFLICT when already a member, PLAN_REQUIRED when the actor's plan allows no more members
   */
  TeamMemberView add(Actor actor, TeamId teamId, MemberCommand command);

  TeamMemberView changeRole(Actor actor, TeamId teamId, UserId userId, TeamRole role);

  /** Removes a member (team admin) or leaves the team (the member themself). */
  void remove(Actor actor, TeamId teamId, UserId userId);

  /** Validated input of an addition. */
  record MemberCommand(EmailAddress email, TeamRole role) {
    public static MemberCommand of(String email, String role) {
      new Violations()
          .check(EmailAddress.problem(email), "email")
          .check(TeamRole.fromWire(role).isPresent(), "role", "must be viewer, qa, dev or admin")
          .throwIfAny();
      return new MemberCommand(EmailAddress.of(email), TeamRole.fromWire(role).orElseThrow());
    }
  }

  /** Parses a role field or fails with 400. */
  static TeamRole role(String role) {
    new Violations()
        .check(TeamRole.fromWire(role).isPresent(), "role", "must be viewer, qa, dev or admin")
        .throwIfAny();
    return TeamRole.fromWire(role).orElseThrow();
  }
}
