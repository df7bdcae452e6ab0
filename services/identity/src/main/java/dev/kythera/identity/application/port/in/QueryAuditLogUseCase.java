package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.paging.Page;
import dev.kythera.kernel.id.ProjectId;

/** Inbound port: read the audit log, newest first, cursor-paged. */
public interface QueryAuditLogUseCase {

  /** One project's activity feed (members with read permission). */
  Page<AuditView> activity(Actor actor, ProjectId projectId, AuditQuery query);

  /** The whole platform's log (super_admin only). */
  Page<AuditView> platform(Actor actor, AuditQuery query);
}
