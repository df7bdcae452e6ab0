package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.team.Team;
import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.TeamId;
import java.util.List;
import java.util.Objects;

/**
 * Inbound port: teams themselves. Members read; team admins rename and delete; non-members get 404.
 * super_admin (governance only) is refused.
 */
public interface ManageTeamsUseCase {

  /** Creates a team with the actor as its admin (platform role dev or higher). */
  TeamView create(Actor actor, TeamNameCommand command);

  /** The actor's teams, newest first. */
  List<TeamView> list(Actor actor);

  /** One team with its members. */
  TeamView get(Actor actor, TeamId teamId);

  /** Renames a team (team admin). */
  TeamView rename(Actor actor, TeamId teamId, TeamNameCommand command);

  /** Deletes a team (team admin); its projects become personal projects of their owners. */
  void delete(Actor actor, TeamId teamId);

  /** Validated team name. */
  record TeamNameCommand(String name) {
    public TeamNameCommand {
      new Violations().check(Team.nameProblem(name), "name").throwIfAny();
      Objects.requireNonNull(name);
    }
  }
}
