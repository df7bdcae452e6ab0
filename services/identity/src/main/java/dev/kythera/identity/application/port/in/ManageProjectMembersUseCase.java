package dev.kythera.identity.application.port.in;

import dev.kythera.identity.application.port.in.ProjectMembersView.MemberView;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.util.UUID;

/**
 * Inbound port: direct project grants and invitations. Members read the list; project admins
 * invite, change and remove (owner grants need an owner); any member may leave; the last owner may
 * neither leave nor be demoted (409).
 */
public interface ManageProjectMembersUseCase {

  ProjectMembersView list(Actor actor, ProjectId projectId);

  /**
   * Grants access to an existing account at once, or records a pending invitation for an unknown
   * address; either way an invitation mail goes out.
   */
  InvitationOutcome invite(Actor actor, ProjectId projectId, InviteCommand command);

  MemberView change(Actor actor, ProjectId projectId, UserId userId, ProjectPermission permission);

  /** Removes a direct grant (admin) or leaves the project (the member themself). */
  void remove(Actor actor, ProjectId projectId, UserId userId);

  void cancelInvitation(Actor actor, ProjectId projectId, UUID invitationId);

  /** Validated input of an invitation. */
  record InviteCommand(EmailAddress email, ProjectPermission permission) {
    public static InviteCommand of(String email, String permission) {
      new Violations()
          .check(EmailAddress.problem(email), "email")
          .check(
              ProjectPermission.fromWire(permission).isPresent(),
              "permission",
              "must be read, write, admin or owner")
          .throwIfAny();
      return new InviteCommand(
          EmailAddress.of(email), ProjectPermission.fromWire(permission).orElseThrow());
    }
  }

  /** Parses a permission field or fails with 400. */
  static ProjectPermission permission(String permission) {
    new Violations()
        .check(
            ProjectPermission.fromWire(permission).isPresent(),
            "permission",
            "must be read, write, admin or owner")
        .throwIfAny();
    return ProjectPermission.fromWire(permission).orElseThrow();
  }

  /**
   * What an invitation did.
   *
   * @param status {@code member} (an account existed and has access now) or {@code invited}
   *     (pending until an account with the address verifies it)
   * @param userId the account, null while invited
   * @param invitationId the pending invitation, null for members
   */
  record InvitationOutcome(
      String status, String email, String permission, UUID userId, UUID invitationId) {}
}
