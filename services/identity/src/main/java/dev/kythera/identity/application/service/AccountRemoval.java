package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ManageAccountUseCase.AccountDeletion;
import dev.kythera.identity.application.port.in.ManageAccountUseCase.ProjectOutcome;
import dev.kythera.identity.application.port.in.ManageAccountUseCase.TeamOutcome;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectMemberRepository;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.team.TeamMember;
import dev.kythera.identity.domain.team.TeamMembership;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Application helper: what deleting an account does to what it leaves behind. A project the user
 * owns goes to its longest-standing other owner, or is deleted when there is none; a team the user
 * was alone in is deleted; a team losing its only admin gets its longest-standing member as admin.
 */
@ApplicationScoped
public class AccountRemoval {
  private final ProjectRepository projects;
  private final ProjectMemberRepository members;
  private final TeamRepository teams;
  private final UserRepository users;
  private final AuditTrail audit;

  public AccountRemoval(
      ProjectRepository projects,
      ProjectMemberRepository members,
      TeamRepository teams,
      UserRepository users,
      AuditTrail audit) {
    this.projects = projects;
    this.members = members;
    this.teams = teams;
    this.users = users;
    this.audit = audit;
  }

  public AccountDeletion remove(User user, Instant now) {
    List<ProjectOutcome> projectOutcomes = new ArrayList<>();
    for (Project project : projects.findWithOwnerGrant(user.id())) {
      List<UserId> others = members.otherOwners(project.id(), user.id());
      if (others.isEmpty()) {
        projects.delete(project.id());
        audit.record(
            new AuditEntry(
                "project.deleted",
                user.id().value(),
                project.id().value(),
                Map.of("name", project.name(), "reason", "owner account deleted")));
        projectOutcomes.add(
            new ProjectOutcome(project.id().value(), project.name(), "deleted", null));
        continue;
      }
      UserId newOwner = project.ownerId().equals(user.id()) ? others.get(0) : project.ownerId();
      if (!newOwner.equals(project.ownerId())) {
        projects.update(project.withOwner(newOwner, now));
      }
      members.revoke(project.id(), user.id());
      audit.record(
          new AuditEntry(
              "project.owner_transferred",
              user.id().value(),
              project.id().value(),
              Map.of("newOwnerId", newOwner.toString(), "reason", "owner account deleted")));
      projectOutcomes.add(
          new ProjectOutcome(
              project.id().value(), project.name(), "transferred", newOwner.value()));
    }
    List<TeamOutcome> teamOutcomes = new ArrayList<>();
    for (TeamMembership membership : teams.findForMember(user.id())) {
      teamOutcomes.add(leave(membership, user));
    }
    users.delete(user.id());
    return new AccountDeletion(true, projectOutcomes, teamOutcomes);
  }

  private TeamOutcome leave(TeamMembership membership, User user) {
    var team = membership.team();
    List<TeamMember> others =
        teams.members(team.id()).stream().filter(m -> !m.userId().equals(user.id())).toList();
    if (others.isEmpty()) {
      teams.delete(team.id());
      return new TeamOutcome(team.id().value(), team.name(), "deleted", null);
    }
    UserId newAdmin = null;
    boolean otherAdmin = others.stream().anyMatch(m -> m.role() == TeamRole.ADMIN);
    if (membership.role() == TeamRole.ADMIN && !otherAdmin) {
      newAdmin = others.get(0).userId();
      teams.changeRole(team.id(), newAdmin, TeamRole.ADMIN);
    }
    teams.removeMember(team.id(), user.id());
    return new TeamOutcome(
        team.id().value(),
        team.name(),
        newAdmin == null ? "left" : "handed-over",
        newAdmin == null ? null : newAdmin.value());
  }
}
