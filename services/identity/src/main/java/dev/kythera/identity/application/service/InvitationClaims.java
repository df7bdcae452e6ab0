package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectMemberRepository;
import dev.kythera.identity.domain.project.ProjectInvitation;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.ProjectPermission;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Application helper: turns the pending project invitations of an address into grants once an
 * account proves it owns that address (email verification, password reset). An existing grant is
 * kept when it is higher than the invitation's.
 */
@ApplicationScoped
public class InvitationClaims {
  private final ProjectMemberRepository members;
  private final AuditTrail audit;

  public InvitationClaims(ProjectMemberRepository members, AuditTrail audit) {
    this.members = members;
    this.audit = audit;
  }

  /** Claims every invitation for the user's (verified) address; returns how many. */
  public int claim(User user, Instant now) {
    int claimed = 0;
    for (ProjectInvitation invitation : members.invitationsFor(user.email())) {
      Optional<ProjectPermission> held =
          members.directPermission(invitation.projectId(), user.id());
      if (held.isEmpty()) {
        members.grant(invitation.projectId(), user.id(), invitation.permission(), now);
      } else if (!held.get().includes(invitation.permission())) {
        members.changePermission(invitation.projectId(), user.id(), invitation.permission());
      }
      members.deleteInvitation(invitation.projectId(), invitation.id());
      audit.record(
          new AuditEntry(
              "project.invitation_claimed",
              user.id().value(),
              invitation.projectId().value(),
              Map.of(
                  "invitationId", invitation.id().toString(),
                  "permission", invitation.permission().wireName())));
      claimed++;
    }
    return claimed;
  }
}
