package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.identity.domain.project.ProjectMembership;
import dev.kythera.identity.domain.team.TeamRole;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Outbound adapter (PostgreSQL via Panache): {@link ProjectRepository}. */
@ApplicationScoped
public class PanacheProjectRepository implements ProjectRepository {
  // Projects reached directly or through the project's team, with both sources of access.
  private static final String MEMBER_PROJECTS =
      "select p, m.permission, t.role from ProjectEntity p"
          + " left join ProjectMemberEntity m on m.projectId = p.id and m.userId = ?1"
          + " left join TeamMemberEntity t on t.teamId = p.teamId and t.userId = ?1"
          + " where m.userId is not null or t.userId is not null"
          + " order by p.createdAt desc, p.id";

  @Override
  public void insert(Project project, UserId member, ProjectPermission permission) {
    ProjectMapper.apply(project, new ProjectEntity()).persist();
    ProjectMemberEntity grant = new ProjectMemberEntity();
    grant.projectId = project.id().value();
    grant.userId = member.value();
    grant.permission = permission.wireName();
    grant.createdAt = project.createdAt();
    grant.persist();
  }

  @Override
  public void update(Project project) {
    ProjectEntity entity =
        ProjectEntity.<ProjectEntity>findByIdOptional(project.id().value())
            .orElseThrow(() -> KytheraException.notFound("Project"));
    ProjectMapper.apply(project, entity);
  }

  @Override
  public void delete(ProjectId id) {
    // Invitations and the configuration go with the project (ON DELETE CASCADE).
    ProjectMemberEntity.delete("projectId", id.value());
    ProjectEntity.deleteById(id.value());
    ProjectEntity.getEntityManager().flush();
  }

  @Override
  public Optional<Project> findById(ProjectId id) {
    return ProjectEntity.<ProjectEntity>findByIdOptional(id.value()).map(ProjectMapper::toDomain);
  }

  @Override
  public Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId) {
    Optional<ProjectEntity> project = ProjectEntity.findByIdOptional(projectId.value());
    if (project.isEmpty()) {
      return Optional.empty();
    }
    Optional<ProjectPermission> direct =
        ProjectMemberEntity.<ProjectMemberEntity>find(
                "projectId = ?1 and userId = ?2", projectId.value(), userId.value())
            .firstResultOptional()
            .flatMap(member -> ProjectPermission.fromWire(member.permission));
    Optional<TeamRole> viaTeam =
        project.get().teamId == null
            ? Optional.empty()
            : TeamMemberEntity.<TeamMemberEntity>find(
                    "teamId = ?1 and userId = ?2", project.get().teamId, userId.value())
                .firstResultOptional()
                .flatMap(member -> TeamRole.fromWire(member.role));
    return ProjectAccess.effective(direct, viaTeam);
  }

  @Override
  public long countOwnedBy(UserId userId) {
    return ProjectEntity.count("ownerId", userId.value());
  }

  @Override
  public List<Project> findWithOwnerGrant(UserId userId) {
    return ProjectEntity.<ProjectEntity>find(
            "ownerId = ?1 or id in (select m.projectId from ProjectMemberEntity m"
                + " where m.userId = ?1 and m.permission = 'owner') order by createdAt, id",
            userId.value())
        .stream()
        .map(ProjectMapper::toDomain)
        .toList();
  }

  @Override
  public List<ProjectMembership> findForMember(UserId userId) {
    return ProjectEntity.getEntityManager()
        .createQuery(MEMBER_PROJECTS, Object[].class)
        .setParameter(1, userId.value())
        .getResultStream()
        .map(
            row ->
                new ProjectMembership(
                    ProjectMapper.toDomain((ProjectEntity) row[0]),
                    ProjectAccess.effective(
                            ProjectPermission.fromWire((String) row[1]),
                            TeamRole.fromWire((String) row[2]))
                        .orElseThrow()))
        .toList();
  }
}
