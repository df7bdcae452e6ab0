package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.kernel.id.ProjectId;

/** Inbound port: a project's configuration (environments, defaults). */
public interface ProjectConfigUseCase {

  /** The stored configuration or the empty default (members with read permission). */
  ProjectConfig get(Actor actor, ProjectId projectId);

  /** Replaces the configuration (project admins); the config was validated when built. */
  ProjectConfig replace(Actor actor, ProjectConfig config);
}
