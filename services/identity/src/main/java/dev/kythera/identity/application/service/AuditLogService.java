package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.identity.application.port.in.AuditView;
import dev.kythera.identity.application.port.in.QueryAuditLogUseCase;
import dev.kythera.identity.application.port.in.RecordAuditEventUseCase;
import dev.kythera.identity.application.port.out.AuditLogRepository;
import dev.kythera.identity.application.port.out.ProjectRepository;
import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.audit.AuditRecord;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.identity.domain.project.ProjectAccess;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.id.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit log: filled from Kafka, read as a project's activity or platform-wide. */
@ApplicationScoped
public class AuditLogService implements QueryAuditLogUseCase, RecordAuditEventUseCase {
  private final AuditLogRepository log;
  private final ProjectRepository projects;
  private final Governors governors;

  public AuditLogService(AuditLogRepository log, ProjectRepository projects, Governors governors) {
    this.log = log;
    this.projects = projects;
    this.governors = governors;
  }

  @Override
  public boolean record(AuditRecord record) {
    return log.append(record);
  }

  @Override
  public Page<AuditView> activity(Actor actor, ProjectId projectId, AuditQuery query) {
    ProjectAccess.requireProjectUser(actor.role());
    ProjectAccess.require(projects.permissionOf(projectId, actor.id()), ProjectPermission.READ);
    return view(log.search(query.forProject(projectId.value())));
  }

  @Override
  public Page<AuditView> platform(Actor actor, AuditQuery query) {
    governors.require(actor);
    return view(log.search(query));
  }

  private static Page<AuditView> view(Page<AuditRecord> page) {
    return new Page<>(page.items().stream().map(AuditView::of).toList(), page.nextCursor());
  }
}
