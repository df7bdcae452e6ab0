package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ListProjectsUseCase;
import dev.kythera.identity.application.port.in.ProjectView;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Lists the caller's projects. */
@ApplicationScoped
public class ListProjectsService implements ListProjectsUseCase {
  private final ProjectRepository projects;

  public ListProjectsService(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public List<ProjectView> list(Actor actor) {
    ProjectAccess.requireProjectUser(actor.role());
    return projects.findForMember(actor.id()).stream()
        .map(membership -> ProjectView.of(membership.project(), membership.permission()))
        .toList();
  }
}
