package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.id.ProjectId;

/** Inbound port: one project the caller is a member of. */
public interface GetProjectUseCase {

  /**
   * @throws dev.kythera.kernel.error.KytheraException NOT_FOUND when the project does not exist or
   *     the actor is not a member
   */
  ProjectView get(Actor actor, ProjectId projectId);
}
