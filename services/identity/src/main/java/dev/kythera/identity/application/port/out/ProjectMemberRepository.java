package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.project.ProjectInvitation;
import dev.kythera.identity.domain.project.ProjectMember;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Outbound port: who has access to a project — direct grants, team-derived access and pending
 * invitations. Runs in the caller's transaction.
 */
public interface ProjectMemberRepository {

  /** The user's direct grant, empty when there is none (team access does not count). */
  Optional<ProjectPermission> directPermission(ProjectId projectId, UserId userId);

  /** Everyone with access (direct or through the project's team), earliest first. */
  List<ProjectMember> members(ProjectId projectId);

  void grant(ProjectId projectId, UserId userId, ProjectPermission permission, Instant at);

  void changePermission(ProjectId projectId, UserId userId, ProjectPermission permission);

  void revoke(ProjectId projectId, UserId userId);

  /** Direct owners of the project. */
  long countOwners(ProjectId projectId);

  /** Direct owners other than {@code except}, longest-standing first. */
  List<UserId> otherOwners(ProjectId projectId, UserId except);

  void invite(ProjectInvitation invitation);

  List<ProjectInvitation> invitations(ProjectId projectId);

  Optional<ProjectInvitation> invitation(ProjectId projectId, EmailAddress email);

  /** Every pending invitation for the address, on any project. */
  List<ProjectInvitation> invitationsFor(EmailAddress email);

  /** Deletes one invitation; false when it did not exist (or belongs to another project). */
  boolean deleteInvitation(ProjectId projectId, UUID invitationId);
}
