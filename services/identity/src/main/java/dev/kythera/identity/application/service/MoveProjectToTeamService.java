package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.MoveProjectToTeamUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.team.TeamRules;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a project into a team or makes it personal again. Owner only; moving in also needs the role
 * dev or higher in the target team, so nobody drops projects into a team they do not work in.
 */
@ApplicationScoped
public class MoveProjectToTeamService implements MoveProjectToTeamUseCase {
  private final ProjectRepository projects;
  private final TeamRepository teams;
  private final AuditTrail audit;
  private final Clock clock;

  public MoveProjectToTeamService(
      ProjectRepository projects, TeamRepository teams, AuditTrail audit, Clock clock) {
    this.projects = projects;
    this.teams = teams;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectView move(Actor actor, ProjectId projectId, Optional<TeamId> team) {
    ProjectAccess.requireProjectUser(actor.role());
    ProjectAccess.require(projects.permissionOf(projectId, actor.id()), ProjectPermission.OWNER);
    team.ifPresent(target -> TeamRules.require(teams.roleOf(target, actor.id()), TeamRole.DEV));
    Project current =
        projects.findById(projectId).orElseThrow(() -> KytheraException.notFound("Project"));
    Project moved = current.withTeam(team, clock.instant());
    projects.update(moved);
    Map<String, Object> details = new HashMap<>();
    details.put("from", current.teamId().map(TeamId::toString).orElse(null));
    details.put("to", team.map(TeamId::toString).orElse(null));
    audit.record(
        new AuditEntry("project.team_changed", actor.id().value(), projectId.value(), details));
    return ProjectView.of(moved, projects.permissionOf(projectId, actor.id()).orElseThrow());
  }
}
