package dev.kythera.gateway.application.port.out;

import dev.kythera.kernel.access.ProjectPermission;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Outbound port: who may do what on a project (owned by identity). */
public interface ProjectAccessDirectory {

  /**
   * The permission {@code userId} holds on {@code projectId}; empty when the project does not exist
   * or the user has no access. Answers may be cached for a few seconds. The stage fails with {@code
   * BAD_GATEWAY} when the directory cannot answer. Never blocks the calling thread.
   */
  CompletionStage<Optional<ProjectPermission>> permission(UUID projectId, UUID userId);
}
