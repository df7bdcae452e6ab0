package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.project.ProjectMembership;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.util.List;
import java.util.Optional;

/** Outbound port: the store of projects and their members. */
public interface ProjectRepository {

  /** Stores a new project and its first member with {@code permission}. */
  void insert(Project project, UserId member, ProjectPermission permission);

  void update(Project project);

  /** Deletes the project and its memberships. */
  void delete(ProjectId id);

  Optional<Project> findById(ProjectId id);

  /** The user's permission on the project; empty when not a member or no such project. */
  Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId);

  /** Every project the user is a member of, newest first. */
  List<ProjectMembership> findForMember(UserId userId);
}
