package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.CreateProjectUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/** Creates a project with the caller as its owner member. */
@ApplicationScoped
public class CreateProjectService implements CreateProjectUseCase {
  private final ProjectRepository projects;
  private final AuditTrail audit;
  private final Clock clock;

  public CreateProjectService(ProjectRepository projects, AuditTrail audit, Clock clock) {
    this.projects = projects;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectView create(CreateProjectCommand command) {
    ProjectAccess.requireProjectUser(command.actor().role());
    Project project =
        Project.create(
            command.name(), command.description(), command.actor().id(), clock.instant());
    projects.insert(project, command.actor().id(), ProjectPermission.OWNER);
    audit.record(
        new AuditEntry(
            "project.created",
            command.actor().id().value(),
            project.id().value(),
            Map.of("name", project.name())));
    return ProjectView.of(project, ProjectPermission.OWNER);
  }
}
