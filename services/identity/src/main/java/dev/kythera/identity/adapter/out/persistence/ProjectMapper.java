package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import java.util.Optional;

/** Maps projects between the domain and the persistence model. */
final class ProjectMapper {
  private ProjectMapper() {}

  static Project toDomain(ProjectEntity entity) {
    return new Project(
        new ProjectId(entity.id),
        entity.name,
        entity.description,
        new UserId(entity.ownerId),
        Optional.ofNullable(entity.teamId).map(TeamId::new),
        entity.createdAt,
        entity.updatedAt);
  }

  static ProjectEntity apply(Project project, ProjectEntity entity) {
    entity.id = project.id().value();
    entity.name = project.name();
    entity.description = project.description();
    entity.ownerId = project.ownerId().value();
    entity.teamId = project.teamId().map(TeamId::value).orElse(null);
    entity.createdAt = project.createdAt();
    entity.updatedAt = project.updatedAt();
    return entity;
  }
}
