package dev.kythera.identity.domain.project;

import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * Entity: a pending invitation for an address without an account. It becomes a direct grant when an
 * account with that address verifies it.
 */
public record ProjectInvitation(
    UUID id,
    ProjectId projectId,
    EmailAddress email,
    ProjectPermission permission,
    UserId invitedBy,
    Instant createdAt) {

  public static ProjectInvitation create(
      ProjectId projectId,
      EmailAddress email,
      ProjectPermission permission,
      UserId invitedBy,
      Instant now) {
    return new ProjectInvitation(UUID.randomUUID(), projectId, email, permission, invitedBy, now);
  }
}
