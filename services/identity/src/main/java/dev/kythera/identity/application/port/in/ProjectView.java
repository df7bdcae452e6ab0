package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.kernel.access.ProjectPermission;
import java.time.Instant;
import java.util.UUID;

/** A project as its member sees it, with the member's own permission. */
public record ProjectView(
    UUID id,
    String name,
    String description,
    UUID ownerId,
    UUID teamId,
    String permission,
    Instant createdAt,
    Instant updatedAt) {

  public static ProjectView of(Project project, ProjectPermission permission) {
    return new ProjectView(
        project.id().value(),
        project.name(),
        project.description(),
        project.ownerId().value(),
        project.teamId().map(team -> team.value()).orElse(null),
        permission.wireName(),
        project.createdAt(),
        project.updatedAt());
  }
}
