package dev.kythera.identity.application.service;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ManageTeamMembersUseCase;
import dev.kythera.identity.application.port.in.TeamView.TeamMemberView;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.MailSender;
import dev.kythera.identity.application.port.out.MailSender.OutgoingMail;
import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.application.port.out.UserRepository;
import dev.kythera.identity.domain.team.Team;
import dev.kythera.identity.domain.team.TeamMember;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.team.TeamRules;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Team membership: team admins add existing accounts (within the acting admin's plan), change roles
 * and remove members; members may leave; the last admin stays.
 */
@ApplicationScoped
public class TeamMembersService implements ManageTeamMembersUseCase {
  private final TeamRepository teams;
  private final UserRepository users;
  private final Accounts accounts;
  private final MailSender mail;
  private final IdentityConfig config;
  private final AuditTrail audit;
  private final Clock clock;

  public TeamMembersService(
      TeamRepository teams,
      UserRepository users,
      Accounts accounts,
      MailSender mail,
      IdentityConfig config,
      AuditTrail audit,
      Clock clock) {
    this.teams = teams;
    this.users = users;
    this.accounts = accounts;
    this.mail = mail;
    this.config = config;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public TeamMemberView add(Actor actor, TeamId teamId, MemberCommand command) {
    TeamService.requireTeamUser(actor);
    TeamRules.require(teams.roleOf(teamId, actor.id()), TeamRole.ADMIN);
    User admin = accounts.of(actor);
    Team team = teams.findById(teamId).orElseThrow(() -> KytheraException.notFound("Team"));
    User member =
        users
            .findByEmail(command.email())
            .orElseThrow(
                () ->
                    new KytheraException(ErrorCode.NOT_FOUND, "No account uses this address")
                        .withField("email", "has no account; invite it to a project instead"));
    if (member.role() == Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.CONFLICT, "A super_admin account governs the platform and joins no team");
    }
    if (teams.roleOf(teamId, member.id()).isPresent()) {
      throw new KytheraException(ErrorCode.CONFLICT, "This account is already a member")
          .withField("email", "is already a member");
    }
    PlanCatalogue.require(admin.plan(), PlanLimit.MEMBERS_PER_TEAM, teams.countMembers(teamId) + 1);
    Instant now = clock.instant();
    teams.addMember(teamId, member.id(), command.role(), now);
    mail.send(
        new OutgoingMail(
            member.email().value(),
            "You joined the team " + team.name() + " on KytheraDB",
            AccountMailTexts.addedToTeam(
                config.publicUrl(),
                displayName(admin),
                team.name(),
                teamId.toString(),
                command.role().wireName())));
    audit.record(
        new AuditEntry(
            "team.member_added",
            actor.id().value(),
            null,
            Map.of(
                "teamId", teamId.toString(),
                "userId", member.id().toString(),
                "role", command.role().wireName())));
    return TeamMemberView.of(
        new TeamMember(member.id(), member.email().value(), member.name(), command.role(), now));
  }

  @Override
  public TeamMemberView changeRole(Actor actor, TeamId teamId, UserId userId, TeamRole role) {
    TeamService.requireTeamUser(actor);
    TeamRules.require(teams.roleOf(teamId, actor.id()), TeamRole.ADMIN);
    TeamMember member = member(teamId, userId);
    TeamRules.keepAnAdmin(member.role(), Optional.of(role), teams.countAdmins(teamId));
    teams.changeRole(teamId, userId, role);
    audit.record(
        new AuditEntry(
            "team.member_role_changed",
            actor.id().value(),
            null,
            Map.of(
                "teamId", teamId.toString(),
                "userId", userId.toString(),
                "from", member.role().wireName(),
                "to", role.wireName())));
    return TeamMemberView.of(
        new TeamMember(userId, member.email(), member.name(), role, member.since()));
  }

  @Override
  public void remove(Actor actor, TeamId teamId, UserId userId) {
    TeamService.requireTeamUser(actor);
    boolean leaving = actor.id().equals(userId);
    TeamRules.require(teams.roleOf(teamId, actor.id()), leaving ? TeamRole.VIEWER : TeamRole.ADMIN);
    TeamMember member = member(teamId, userId);
    TeamRules.keepAnAdmin(member.role(), Optional.empty(), teams.countAdmins(teamId));
    teams.removeMember(teamId, userId);
    audit.record(
        new AuditEntry(
            leaving ? "team.member_left" : "team.member_removed",
            actor.id().value(),
            null,
            Map.of("teamId", teamId.toString(), "userId", userId.toString())));
  }

  private TeamMember member(TeamId teamId, UserId userId) {
    return teams.members(teamId).stream()
        .filter(m -> m.userId().equals(userId))
        .findFirst()
        .orElseThrow(() -> KytheraException.notFound("Team member"));
  }

  static String displayName(User user) {
    return user.name() != null ? user.name() + " (" + user.email() + ")" : user.email().value();
  }
}
