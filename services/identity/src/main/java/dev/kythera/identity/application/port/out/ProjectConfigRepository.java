package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.kernel.id.ProjectId;
import java.util.Optional;

/** Outbound port: per-project configuration documents. */
public interface ProjectConfigRepository {

  Optional<ProjectConfig> find(ProjectId projectId);

  /** Inserts or replaces the project's configuration. */
  void save(ProjectConfig config);
}
