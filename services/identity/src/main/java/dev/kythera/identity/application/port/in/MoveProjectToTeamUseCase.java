package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.TeamId;
import java.util.Optional;

/** Inbound port: put a project into a team, or take it out (owner only). */
public interface MoveProjectToTeamUseCase {

  /**
   * Moves the project into {@code team} (the owner must be a team member with role dev or higher),
   * or makes it personal when {@code team} is empty.
   */
  ProjectView move(Actor actor, ProjectId projectId, Optional<TeamId> team);
}
