package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.TeamRepository;
import dev.kythera.identity.domain.team.Team;
import dev.kythera.identity.domain.team.TeamMember;
import dev.kythera.identity.domain.team.TeamMembership;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.TeamId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbound adapter (PostgreSQL via Panache): {@link TeamRepository}. */
@ApplicationScoped
public class PanacheTeamRepository implements TeamRepository {
  private static final String MEMBER_TEAMS =
      "SELECT t.id, t.name, t.created_by, t.created_at, t.updated_at, m.role,"
          + " (SELECT count(*) FROM team_members c WHERE c.team_id = t.id)"
          + " FROM teams t JOIN team_members m ON m.team_id = t.id AND m.user_id = ?1"
          + " ORDER BY t.created_at DESC, t.id";
  private static final String MEMBERS =
      "SELECT u.id, u.email, u.name, m.role, m.created_at FROM team_members m"
          + " JOIN users u ON u.id = m.user_id WHERE m.team_id = ?1 ORDER BY m.created_at, u.id";

  @Override
  public void insert(Team team, UserId firstAdmin) {
    TeamEntity entity = new TeamEntity();
    apply(team, entity).persist();
    addMember(team.id(), firstAdmin, TeamRole.ADMIN, team.createdAt());
  }

  @Override
  public void update(Team team) {
    TeamEntity entity =
        TeamEntity.<TeamEntity>findByIdOptional(team.id().value())
            .orElseThrow(() -> KytheraException.notFound("Team"));
    apply(team, entity);
  }

  @Override
  public void delete(TeamId id) {
    TeamEntity.getEntityManager().flush();
    // team_members cascade; projects.team_id is cleared by its foreign key (ON DELETE SET NULL).
    TeamEntity.getEntityManager()
        .createNativeQuery("DELETE FROM teams WHERE id = ?1")
        .setParameter(1, id.value())
        .executeUpdate();
  }

  @Override
  public Optional<Team> findById(TeamId id) {
    return TeamEntity.<TeamEntity>findByIdOptional(id.value()).map(PanacheTeamRepository::toDomain);
  }

  @Override
  public Optional<TeamRole> roleOf(TeamId teamId, UserId userId) {
    return TeamMemberEntity.<TeamMemberEntity>find(
            "teamId = ?1 and userId = ?2", teamId.value(), userId.value())
        .firstResultOptional()
        .flatMap(member -> TeamRole.fromWire(member.role));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<TeamMembership> findForMember(UserId userId) {
    List<Object[]> rows =
        TeamEntity.getEntityManager()
            .createNativeQuery(MEMBER_TEAMS)
            .setParameter(1, userId.value())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TeamMembership(
                    new Team(
                        new TeamId(Rows.uuid(row[0])),
                        (String) row[1],
                        row[2] == null ? null : new UserId(Rows.uuid(row[2])),
                        Rows.instant(row[3]),
                        Rows.instant(row[4])),
                    TeamRole.fromWire((String) row[5]).orElseThrow(),
                    (int) Rows.number(row[6])))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<TeamMember> members(TeamId teamId) {
    List<Object[]> rows =
        TeamEntity.getEntityManager()
            .createNativeQuery(MEMBERS)
            .setParameter(1, teamId.value())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TeamMember(
                    new UserId(Rows.uuid(row[0])),
                    (String) row[1],
                    (String) row[2],
                    TeamRole.fromWire((String) row[3]).orElseThrow(),
                    Rows.instant(row[4])))
        .toList();
  }

  @Override
  public long countMembers(TeamId teamId) {
    return TeamMemberEntity.count("teamId", teamId.value());
  }

  @Override
  public long countAdmins(TeamId teamId) {
    return TeamMemberEntity.count("teamId = ?1 and role = 'admin'", teamId.value());
  }

  @Override
  public void addMember(TeamId teamId, UserId userId, TeamRole role, Instant at) {
    TeamMemberEntity member = new TeamMemberEntity();
    member.teamId = teamId.value();
    member.userId = userId.value();
    member.role = role.wireName();
    member.createdAt = at;
    member.persist();
  }

  @Override
  public void changeRole(TeamId teamId, UserId userId, TeamRole role) {
    TeamMemberEntity.update(
        "role = ?1 where teamId = ?2 and userId = ?3",
        role.wireName(),
        teamId.value(),
        userId.value());
  }

  @Override
  public void removeMember(TeamId teamId, UserId userId) {
    TeamMemberEntity.delete("teamId = ?1 and userId = ?2", teamId.value(), userId.value());
  }

  private static TeamEntity apply(Team team, TeamEntity entity) {
    entity.id = team.id().value();
    entity.name = team.name();
    entity.createdBy = team.createdBy() == null ? null : team.createdBy().value();
    entity.createdAt = team.createdAt();
    entity.updatedAt = team.updatedAt();
    return entity;
  }

  private static Team toDomain(TeamEntity entity) {
    return new Team(
        new TeamId(entity.id),
        entity.name,
        entity.createdBy == null ? null : new UserId(entity.createdBy),
        entity.createdAt,
        entity.updatedAt);
  }
}
