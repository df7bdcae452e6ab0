package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.CheckProjectAccessUseCase;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Answers the gateway's question: what may this user do on this project? */
@ApplicationScoped
public class CheckProjectAccessService implements CheckProjectAccessUseCase {
  private final ProjectRepository projects;

  public CheckProjectAccessService(ProjectRepository projects) {
    this.projects = projects;
  }

  @Override
  public Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId) {
    return projects.permissionOf(projectId, userId);
  }
}
