package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.ProjectId;
import java.util.Objects;

/** Inbound port: change a project's name or description (owner only). */
public interface UpdateProjectUseCase {

  /**
   * @throws dev.kythera.kernel.error.KytheraException NOT_FOUND for non-members, FORBIDDEN for
   *     members who are not the owner
   */
  ProjectView update(UpdateProjectCommand command);

  /** Validated input; a null field stays as it is. */
  record UpdateProjectCommand(Actor actor, ProjectId projectId, String name, String description) {
    public UpdateProjectCommand {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(projectId, "projectId");
      new Violations()
          .check(name == null ? java.util.Optional.empty() : Project.nameProblem(name), "name")
          .check(Project.descriptionProblem(description), "description")
          .throwIfAny();
    }
  }
}
