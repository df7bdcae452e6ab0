package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.project.ProjectInvitation;
import dev.kythera.identity.domain.project.ProjectMember;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.access.ProjectPermission;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who has access to a project: every member with the effective permission and its sources, and the
 * pending invitations (shown to project admins only, empty for others).
 */
public record ProjectMembersView(List<MemberView> members, List<InvitationView> invitations) {

  /**
   * One member.
   *
   * @param permission the effective permission
   * @param direct the direct grant, null when access comes from the team only
   * @param teamRole the role in the project's team, null when not a team member
   */
  public record MemberView(
      UUID userId,
      String email,
      String name,
      String permission,
      String direct,
      String teamRole,
      Instant since) {
    public static MemberView of(ProjectMember member) {
      return new MemberView(
          member.userId().value(),
          member.email(),
          member.name(),
          member.effective().wireName(),
          member.direct().map(ProjectPermission::wireName).orElse(null),
          member.teamRole().map(TeamRole::wireName).orElse(null),
          member.since());
    }
  }

  /** A pending invitation for an address without an account. */
  public record InvitationView(
      UUID id, String email, String permission, UUID invitedBy, Instant createdAt) {
    public static InvitationView of(ProjectInvitation invitation) {
      return new InvitationView(
          invitation.id(),
          invitation.email().value(),
          invitation.permission().wireName(),
          invitation.invitedBy() == null ? null : invitation.invitedBy().value(),
          invitation.createdAt());
    }
  }
}
