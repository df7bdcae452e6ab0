package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.ProjectMemberRepository;
import dev.kythera.identity.domain.project.ProjectInvitation;
import dev.kythera.identity.domain.project.ProjectMember;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (PostgreSQL via Panache): {@link ProjectMemberRepository}. */
@ApplicationScoped
public class PanacheProjectMemberRepository implements ProjectMemberRepository {
  // Direct grants and team members of the project's team, one row per user.
  private static final String MEMBERS =
      "SELECT u.id, u.email, u.name, pm.permission, tm.role,"
          + " LEAST(pm.created_at, tm.created_at) AS since"
          + " FROM users u"
          + " LEFT JOIN project_members pm ON pm.user_id = u.id AND pm.project_id = ?1"
          + " LEFT JOIN team_members tm ON tm.user_id = u.id"
          + "   AND tm.team_id = (SELECT team_id FROM projects WHERE id = ?1)"
          + " WHERE pm.user_id IS NOT NULL OR tm.user_id IS NOT NULL"
          + " ORDER BY since, u.id";

  @Override
  public Optional<ProjectPermission> directPermission(ProjectId projectId, UserId userId) {
    return ProjectMemberEntity.<ProjectMemberEntity>find(
            "projectId = ?1 and userId = ?2", projectId.value(), userId.value())
        .firstResultOptional()
        .flatMap(member -> ProjectPermission.fromWire(member.permission));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<ProjectMember> members(ProjectId projectId) {
    List<Object[]> rows =
        ProjectMemberEntity.getEntityManager()
            .createNativeQuery(MEMBERS)
            .setParameter(1, projectId.value())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ProjectMember(
                    new UserId(Rows.uuid(row[0])),
                    (String) row[1],
                    (String) row[2],
                    ProjectPermission.fromWire((String) row[3]),
                    TeamRole.fromWire((String) row[4]),
                    Rows.instant(row[5])))
        .toList();
  }

  @Override
  public void grant(ProjectId projectId, UserId userId, ProjectPermission permission, Instant at) {
    ProjectMemberEntity grant = new ProjectMemberEntity();
    grant.projectId = projectId.value();
    grant.userId = userId.value();
    grant.permission = permission.wireName();
    grant.createdAt = at;
    grant.persist();
  }

  @Override
  public void changePermission(ProjectId projectId, UserId userId, ProjectPermission permission) {
    ProjectMemberEntity.update(
        "permission = ?1 where projectId = ?2 and userId = ?3",
        permission.wireName(),
        projectId.value(),
        userId.value());
  }

  @Override
  public void revoke(ProjectId projectId, UserId userId) {
    ProjectMemberEntity.delete("projectId = ?1 and userId = ?2", projectId.value(), userId.value());
  }

  @Override
  public long countOwners(ProjectId projectId) {
    return ProjectMemberEntity.count("projectId = ?1 and permission = 'owner'", projectId.value());
  }

  @Override
  public List<UserId> otherOwners(ProjectId projectId, UserId except) {
    return ProjectMemberEntity.<ProjectMemberEntity>find(
            "projectId = ?1 and permission = 'owner' and userId <> ?2"
                + " order by createdAt, userId",
            projectId.value(),
            except.value())
        .stream()
        .map(member -> new UserId(member.userId))
        .toList();
  }

  @Override
  public void invite(ProjectInvitation invitation) {
    ProjectInvitationEntity entity = new ProjectInvitationEntity();
    entity.id = invitation.id();
    entity.projectId = invitation.projectId().value();
    entity.email = invitation.email().value();
    entity.permission = invitation.permission().wireName();
    entity.invitedBy = invitation.invitedBy() == null ? null : invitation.invitedBy().value();
    entity.createdAt = invitation.createdAt();
    entity.persist();
  }

  @Override
  public List<ProjectInvitation> invitations(ProjectId projectId) {
    return ProjectInvitationEntity.<ProjectInvitationEntity>find(
            "projectId = ?1 order by createdAt, id", projectId.value())
        .stream()
        .map(PanacheProjectMemberRepository::toDomain)
        .toList();
  }

  @Override
  public Optional<ProjectInvitation> invitation(ProjectId projectId, EmailAddress email) {
    return ProjectInvitationEntity.<ProjectInvitationEntity>find(
            "projectId = ?1 and email = ?2", projectId.value(), email.value())
        .firstResultOptional()
        .map(PanacheProjectMemberRepository::toDomain);
  }

  @Override
  public List<ProjectInvitation> invitationsFor(EmailAddress email) {
    return ProjectInvitationEntity.<ProjectInvitationEntity>find(
            "email = ?1 order by createdAt, id", email.value())
        .stream()
        .map(PanacheProjectMemberRepository::toDomain)
        .toList();
  }

  @Override
  public boolean deleteInvitation(ProjectId projectId, UUID invitationId) {
    return ProjectInvitationEntity.delete(
            "id = ?1 and projectId = ?2", invitationId, projectId.value())
        == 1;
  }

  private static ProjectInvitation toDomain(ProjectInvitationEntity entity) {
    return new ProjectInvitation(
        entity.id,
        new ProjectId(entity.projectId),
        EmailAddress.of(entity.email),
        ProjectPermission.fromWire(entity.permission).orElseThrow(),
        entity.invitedBy == null ? null : new UserId(entity.invitedBy),
        entity.createdAt);
  }
}
