package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.TeamId;
import java.util.Objects;

/** Inbound port: create a project owned by the caller. */
public interface CreateProjectUseCase {

  /**
   * Creates the project and makes the actor its owner member; with a team, the actor must be a
   * member of it with role dev or higher.
   *
   * @throws dev.kythera.kernel.error.KytheraException PLAN_REQUIRED when the actor's plan allows no
   *     more owned projects
   */
  ProjectView create(CreateProjectCommand command);

  /** Validated input. */
  record CreateProjectCommand(
      Actor actor, String name, String description, java.util.Optional<TeamId> teamId) {
    public CreateProjectCommand(Actor actor, String name, String description) {
      this(actor, name, description, java.util.Optional.empty());
    }

    public CreateProjectCommand {
      Objects.requireNonNull(actor, "actor");
      teamId = teamId == null ? java.util.Optional.empty() : teamId;
      new Violations()
          .check(Project.nameProblem(name), "name")
          .check(Project.descriptionProblem(description), "description")
          .throwIfAny();
    }
  }
}
