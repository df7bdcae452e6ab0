package dev.kythera.identity.application.service;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ManageProjectMembersUseCase;
import dev.kythera.identity.application.port.in.ProjectMembersView;
import dev.kythera.identity.application.port.in.ProjectMembersView.InvitationView;
import dev.kythera.identity.application.port.in.ProjectMembersView.MemberView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.MailSender;
import dev.kythera.identity.application.port.out.MailSender.OutgoingMail;
import dev.kythera.identity.application.port.out.ProjectMemberRepository;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.project.MemberRules;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.identity.domain.project.ProjectInvitation;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Direct project grants and invitations by email. Existing accounts get access at once; unknown
 * addresses get a pending invitation claimed when an account verifies that address.
 */
@ApplicationScoped
public class ProjectMembersService implements ManageProjectMembersUseCase {
  private final ProjectRepository projects;
  private final ProjectMemberRepository members;
  private final UserRepository users;
  private final Accounts accounts;
  private final MailSender mail;
  private final IdentityConfig config;
  private final AuditTrail audit;
  private final Clock clock;

  public ProjectMembersService(
      ProjectRepository projects,
      ProjectMemberRepository members,
      UserRepository users,
      Accounts accounts,
      MailSender mail,
      IdentityConfig config,
      AuditTrail audit,
      Clock clock) {
    this.projects = projects;
    this.members = members;
    this.users = users;
    this.accounts = accounts;
    this.mail = mail;
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectMembersView list(Actor actor, ProjectId projectId) {
    ProjectPermission held = require(actor, projectId, ProjectPermission.READ);
    List<InvitationView> invitations =
        held.includes(ProjectPermission.ADMIN)
            ? members.invitations(projectId).stream().map(InvitationView::of).toList()
            : List.of();
    return new ProjectMembersView(
        members.members(projectId).stream().map(MemberView::of).toList(), invitations);
  }

  @Override
  public InvitationOutcome invite(Actor actor, ProjectId projectId, InviteCommand command) {
    ProjectPermission held = require(actor, projectId, ProjectPermission.ADMIN);
    MemberRules.requireMayGrant(held, command.permission());
    User inviter = accounts.of(actor);
    Project project = project(projectId);
    Instant now = clock.instant();
    Optional<User> existing = users.findByEmail(command.email());
    if (existing.isPresent()) {
      User user = existing.get();
      if (user.role() == Role.SUPER_ADMIN) {
        throw new KytheraException(
            ErrorCode.CONFLICT, "A super_admin account governs the platform and joins no project");
      }
      if (members.directPermission(projectId, user.id()).isPresent()) {
        throw new KytheraException(
                ErrorCode.CONFLICT, "Already a member; change the permission instead")
            .withField("email", "is already a member");
      }
      members.grant(projectId, user.id(), command.permission(), now);
      mail.send(
          new OutgoingMail(
              user.email().value(),
              "You now have access to " + project.name() + " on KytheraDB",
              AccountMailTexts.addedToProject(
                  config.publicUrl(),
                  TeamMembersService.displayName(inviter),
                  project.name(),
                  projectId.toString(),
                  command.permission().wireName())));
      audit.record(
          new AuditEntry(
              "project.member_added",
              actor.id().value(),
              projectId.value(),
              Map.of(
                  "userId", user.id().toString(), "permission", command.permission().wireName())));
      return new InvitationOutcome(
          "member", user.email().value(), command.permission().wireName(), user.id().value(), null);
    }
    if (members.invitation(projectId, command.email()).isPresent()) {
      throw new KytheraException(ErrorCode.CONFLICT, "This address is already invited")
          .withField("email", "is already invited");
    }
    ProjectInvitation invitation =
        ProjectInvitation.create(projectId, command.email(), command.permission(), actor.id(), now);
    members.invite(invitation);
    mail.send(
        new OutgoingMail(
            command.email().value(),
            "You are invited to " + project.name() + " on KytheraDB",
            AccountMailTexts.invitedToProject(
                config.publicUrl(),
                TeamMembersService.displayName(inviter),
                project.name(),
                command.email().value(),
                command.permission().wireName())));
    audit.record(
        new AuditEntry(
            "project.member_invited",
            actor.id().value(),
            projectId.value(),
            Map.of(
                "invitationId", invitation.id().toString(),
                "permission", command.permission().wireName())));
    return new InvitationOutcome(
        "invited", command.email().value(), command.permission().wireName(), null, invitation.id());
  }

  @Override
  public MemberView change(
      Actor actor, ProjectId projectId, UserId userId, ProjectPermission permission) {
    ProjectPermission held = require(actor, projectId, ProjectPermission.ADMIN);
    ProjectPermission current = direct(projectId, userId);
    MemberRules.requireMayGrant(held, current);
    MemberRules.requireMayGrant(held, permission);
    MemberRules.keepAnOwner(current, permission, members.countOwners(projectId));
    members.changePermission(projectId, userId, permission);
    audit.record(
        new AuditEntry(
            "project.member_permission_changed",
            actor.id().value(),
            projectId.value(),
            Map.of(
                "userId", userId.toString(),
                "from", current.wireName(),
                "to", permission.wireName())));
    return members.members(projectId).stream()
        .filter(member -> member.userId().equals(userId))
        .map(MemberView::of)
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void remove(Actor actor, ProjectId projectId, UserId userId) {
    boolean leaving = actor.id().equals(userId);
    ProjectPermission held =
        require(actor, projectId, leaving ? ProjectPermission.READ : ProjectPermission.ADMIN);
    ProjectPermission current = direct(projectId, userId);
    if (!leaving) {
      MemberRules.requireMayGrant(held, current);
    }
    MemberRules.keepAnOwnerOnRemoval(current, members.countOwners(projectId));
    members.revoke(projectId, userId);
    audit.record(
        new AuditEntry(
            leaving ? "project.member_left" : "project.member_removed",
            actor.id().value(),
            projectId.value(),
            Map.of("userId", userId.toString(), "permission", current.wireName())));
  }

  @Override
  public void cancelInvitation(Actor actor, ProjectId projectId, UUID invitationId) {
    require(actor, projectId, ProjectPermission.ADMIN);
    if (!members.deleteInvitation(projectId, invitationId)) {
      throw KytheraException.notFound("Invitation");
    }
    audit.record(
        new AuditEntry(
            "project.invitation_cancelled",
            actor.id().value(),
            projectId.value(),
            Map.of("invitationId", invitationId.toString())));
  }

  private ProjectPermission require(Actor actor, ProjectId projectId, ProjectPermission needed) {
    ProjectAccess.requireProjectUser(actor.role());
    return ProjectAccess.require(projects.permissionOf(projectId, actor.id()), needed);
  }

  private ProjectPermission direct(ProjectId projectId, UserId userId) {
    return members
        .directPermission(projectId, userId)
        .orElseThrow(
            () ->
                new KytheraException(
                    ErrorCode.NOT_FOUND,
                    "No direct grant for this user (team access is managed in the team)"));
  }

  private Project project(ProjectId projectId) {
    return projects.findById(projectId).orElseThrow(() -> KytheraException.notFound("Project"));
  }
}
