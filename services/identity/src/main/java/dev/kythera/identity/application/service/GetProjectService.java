package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.GetProjectUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads one project for a member. */
@ApplicationScoped
public class GetProjectService implements GetProjectUseCase {
  private final ProjectRepository projects;

  public GetProjectService(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public ProjectView get(Actor actor, ProjectId projectId) {
    ProjectAccess.requireProjectUser(actor.role());
    ProjectPermission permission =
        ProjectAccess.require(projects.permissionOf(projectId, actor.id()), ProjectPermission.READ);
    return projects
        .findById(projectId)
        .map(project -> ProjectView.of(project, permission))
        .orElseThrow(() -> KytheraException.notFound("Project"));
  }
}
