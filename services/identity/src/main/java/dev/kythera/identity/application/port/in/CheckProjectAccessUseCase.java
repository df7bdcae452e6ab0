package dev.kythera.identity.application.port.in;

import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.util.Optional;

/** Inbound port (internal): a user's permission on a project, for the gateway's route checks. */
public interface CheckProjectAccessUseCase {

  /** Empty when the project does not exist or the user has no access to it. */
  Optional<ProjectPermission> permissionOf(ProjectId projectId, UserId userId);
}
