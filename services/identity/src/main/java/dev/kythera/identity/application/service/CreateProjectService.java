package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.CreateProjectUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.team.TeamRules;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates a project with the caller as its owner member, within the caller's plan (projects owned)
 * and, for a team project, only for team members with role dev or higher.
 */
@ApplicationScoped
public class CreateProjectService implements CreateProjectUseCase {
  private final ProjectRepository projects;
  private final TeamRepository teams;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  public CreateProjectService(
      ProjectRepository projects,
      TeamRepository teams,
      Accounts accounts,
      AuditTrail audit,
      Clock clock) {
    this.projects = projects;
    this.teams = teams;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectView create(CreateProjectCommand command) {
    ProjectAccess.requireProjectUser(command.actor().role());
    User owner = accounts.of(command.actor());
    command
        .teamId()
        .ifPresent(team -> TeamRules.require(teams.roleOf(team, owner.id()), TeamRole.DEV));
    PlanCatalogue.require(
        owner.plan(), PlanLimit.PROJECTS_PER_USER, projects.countOwnedBy(owner.id()) + 1);
    Project project =
        Project.create(
            command.name(), command.description(), owner.id(), command.teamId(), clock.instant());
    projects.insert(project, owner.id(), ProjectPermission.OWNER);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", project.name());
    command.teamId().ifPresent(team -> details.put("teamId", team.toString()));
    audit.record(
        new AuditEntry("project.created", owner.id().value(), project.id().value(), details));
    return ProjectView.of(project, ProjectPermission.OWNER);
  }
}
