package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.id.ProjectId;

/** Inbound port: delete a project and its memberships (owner only). */
public interface DeleteProjectUseCase {

  /**
   * @throws dev.kythera.kernel.error.KytheraException NOT_FOUND for non-members, FORBIDDEN for
   *     members who are not the owner
   */
  void delete(Actor actor, ProjectId projectId);
}
