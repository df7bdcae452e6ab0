package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectMembership;
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
  private static final String MEMBER_PROJECTS =
      "select p, m.permission from ProjectEntity p, ProjectMemberEntity m"
          + " where m.projectId = p.id and m.userId = ?1 order by p.createdAt desc, p.id";

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
    ProjectMemberEntity.delete("projectId", id.value());
    ProjectEntity.deleteById(id.value());
  }

  @Override
  public Optional<Project> findById(ProjectId id) {
    return ProjectEntity.<ProjectEntity>findByIdOptional(id.value()).map(ProjectMapper::toDomain);
  }

  @Override
  public Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId) {
    return ProjectMemberEntity.<ProjectMemberEntity>find(
            "projectId = ?1 and userId = ?2", projectId.value(), userId.value())
        .firstResultOptional()
        .flatMap(member -> ProjectPermission.fromWire(member.permission));
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
                    ProjectPermission.fromWire((String) row[1]).orElseThrow()))
        .toList();
  }
}
