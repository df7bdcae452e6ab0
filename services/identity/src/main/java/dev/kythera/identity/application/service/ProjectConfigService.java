package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.ProjectConfigUseCase;
import dev.kythera.identity.application.port.out.AuditTrail;
import dev.kythera.identity.application.port.out.AuditTrail.AuditEntry;
import dev.kythera.identity.application.port.out.ProjectConfigRepository;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.config.Environment;
import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/** A project's configuration: members read it, project admins replace it. */
@ApplicationScoped
public class ProjectConfigService implements ProjectConfigUseCase {
  private final ProjectRepository projects;
  private final ProjectConfigRepository configs;
  private final AuditTrail audit;
  private final Clock clock;

  public ProjectConfigService(
      ProjectRepository projects, ProjectConfigRepository configs, AuditTrail audit, Clock clock) {
    this.projects = projects;
    this.configs = configs;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public ProjectConfig get(Actor actor, ProjectId projectId) {
    require(actor, projectId, ProjectPermission.READ);
    return configs.find(projectId).orElseGet(() -> ProjectConfig.empty(projectId));
  }

  @Override
  public ProjectConfig replace(Actor actor, ProjectConfig config) {
    require(actor, config.projectId(), ProjectPermission.ADMIN);
    ProjectConfig stored =
        new ProjectConfig(
            config.projectId(),
            config.environments(),
            config.defaultsJson(),
            clock.instant(),
            actor.id());
    configs.save(stored);
    audit.record(
        new AuditEntry(
            "project.config_updated",
            actor.id().value(),
            config.projectId().value(),
            Map.of(
                "environments", stored.environments().stream().map(Environment::name).toList())));
    return stored;
  }

  private void require(Actor actor, ProjectId projectId, ProjectPermission needed) {
    ProjectAccess.requireProjectUser(actor.role());
    ProjectAccess.require(projects.permissionOf(projectId, actor.id()), needed);
  }
}
