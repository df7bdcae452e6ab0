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

  /**
   * The user's effective permission on the project: the higher of the direct grant and the one
   * derived from the role in the project's team; empty when neither exists or no such project.
   */
  Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId);

  /** Every project the user reaches (directly or through a team), newest first. */
  List<ProjectMembership> findForMember(UserId userId);

  /** How many projects the user is the primary owner of (the plan's project limit). */
  long countOwnedBy(UserId userId);

  /** The projects the user holds a direct owner grant on. */
  List<Project> findWithOwnerGrant(UserId userId);
}
