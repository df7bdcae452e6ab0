package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.validation.Violations;
import java.util.Objects;

/** Inbound port: create a project owned by the caller. */
public interface CreateProjectUseCase {

  /** Creates the project and makes the actor its owner member. */
  ProjectView create(CreateProjectCommand command);

  /** Validated input. */
  record CreateProjectCommand(Actor actor, String name, String description) {
    public CreateProjectCommand {
      Objects.requireNonNull(actor, "actor");
      new Violations()
          .check(Project.nameProblem(name), "name")
          .check(Project.descriptionProblem(description), "description")
          .throwIfAny();
    }
  }
}
