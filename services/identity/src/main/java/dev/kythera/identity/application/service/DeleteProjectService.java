package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.DeleteProjectUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Deletes a project; owner only. */
@ApplicationScoped
public class DeleteProjectService implements DeleteProjectUseCase {
  private final ProjectRepository projects;
  private final AuditTrail audit;

  public DeleteProjectService(ProjectRepository projects, AuditTrail audit) {
    this.projects = projects;
    this.audit = audit;
  }

  @Override
  public void delete(Actor actor, ProjectId projectId) {
    ProjectAccess.requireProjectUser(actor.role());
    ProjectAccess.require(projects.permissionOf(projectId, actor.id()), ProjectPermission.OWNER);
    Project project =
        projects.findById(projectId).orElseThrow(() -> KytheraException.notFound("Project"));
    projects.delete(projectId);
    audit.record(
        new AuditEntry(
            "project.deleted",
            actor.id().value(),
            projectId.value(),
            Map.of("name", project.name())));
  }
}
