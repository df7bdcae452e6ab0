package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ManageTeamsUseCase;
import dev.kythera.identity.application.port.in.TeamView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.domain.team.Team;
import dev.kythera.identity.domain.team.TeamMembership;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.team.TeamRules;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Teams: create (platform role dev+), read (members), rename and delete (team admins). */
@ApplicationScoped
public class TeamService implements ManageTeamsUseCase {
  private final TeamRepository teams;
  private final Accounts accounts;
  private final AuditTrail audit;
  private final Clock clock;

  public TeamService(TeamRepository teams, Accounts accounts, AuditTrail audit, Clock clock) {
    this.teams = teams;
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public TeamView create(Actor actor, TeamNameCommand command) {
    requireTeamUser(actor);
    if (!actor.role().satisfies(Role.DEV)) {
      throw new KytheraException(ErrorCode.FORBIDDEN, "Creating a team needs the dev role");
    }
    accounts.of(actor);
    Team team = Team.create(command.name(), actor.id(), clock.instant());
    teams.insert(team, actor.id());
    audit.record(
        new AuditEntry(
            "team.created",
            actor.id().value(),
            null,
            Map.of("teamId", team.id().toString(), "name", team.name())));
    return TeamView.of(new TeamMembership(team, TeamRole.ADMIN, 1));
  }

  @Override
  public List<TeamView> list(Actor actor) {
    requireTeamUser(actor);
    return teams.findForMember(actor.id()).stream().map(TeamView::of).toList();
  }

  @Override
  public TeamView get(Actor actor, TeamId teamId) {
    requireTeamUser(actor);
    TeamRole role = TeamRules.require(teams.roleOf(teamId, actor.id()), TeamRole.VIEWER);
    Team team = teams.findById(teamId).orElseThrow(() -> KytheraException.notFound("Team"));
    return TeamView.of(new TeamMembership(team, role, 0)).withMembers(teams.members(teamId));
  }

  @Override
  public TeamView rename(Actor actor, TeamId teamId, TeamNameCommand command) {
    requireTeamUser(actor);
    TeamRules.require(teams.roleOf(teamId, actor.id()), TeamRole.ADMIN);
    Team current = teams.findById(teamId).orElseThrow(() -> KytheraException.notFound("Team"));
    Team renamed = current.rename(command.name(), clock.instant());
    teams.update(renamed);
    audit.record(
        new AuditEntry(
            "team.renamed",
            actor.id().value(),
            null,
            Map.of("teamId", teamId.toString(), "from", current.name(), "to", renamed.name())));
    return TeamView.of(
        new TeamMembership(renamed, TeamRole.ADMIN, (int) teams.countMembers(teamId)));
  }

  @Override
  public void delete(Actor actor, TeamId teamId) {
    requireTeamUser(actor);
    TeamRules.require(teams.roleOf(teamId, actor.id()), TeamRole.ADMIN);
    Team team = teams.findById(teamId).orElseThrow(() -> KytheraException.notFound("Team"));
    teams.delete(teamId);
    audit.record(
        new AuditEntry(
            "team.deleted",
            actor.id().value(),
            null,
            Map.of("teamId", teamId.toString(), "name", team.name())));
  }

  /** Teams hold customer projects: governance accounts stay out of them, as of projects. */
  static void requireTeamUser(Actor actor) {
    if (actor.role() == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "super_admin governs the platform and is not a team member");
    }
  }
}
