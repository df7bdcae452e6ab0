package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.in.UpdateProjectUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renames or re-describes a project; owner only. */
@ApplicationScoped
public class UpdateProjectService implements UpdateProjectUseCase {
  private final ProjectRepository projects;
  private final AuditTrail audit;
  private final Clock clock;

  public UpdateProjectService(ProjectRepository projects, AuditTrail audit, Clock clock) {
    this.projects = projects;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectView update(UpdateProjectCommand command) {
    ProjectAccess.requireProjectUser(command.actor().role());
    ProjectPermission permission =
        ProjectAccess.require(
            projects.permissionOf(command.projectId(), command.actor().id()),
            ProjectPermission.OWNER);
    Project current =
        projects
            .findById(command.projectId())
            .orElseThrow(() -> KytheraException.notFound("Project"));
    Project updated = current.edit(command.name(), command.description(), clock.instant());
    projects.update(updated);
    List<String> changed = new ArrayList<>();
    if (!updated.name().equals(current.name())) {
      changed.add("name");
    }
    if (command.description() != null) {
      changed.add("description");
    }
    audit.record(
        new AuditEntry(
            "project.updated",
            command.actor().id().value(),
            updated.id().value(),
            Map.of("name", updated.name(), "changed", changed)));
    return ProjectView.of(updated, permission);
  }
}
