package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.audit.AuditRecord;
import dev.kythera.identity.domain.paging.Page;

/** Outbound port: the audit log table (projection of {@code kythera.audit.events}). */
public interface AuditLogRepository {

  /** Stores the record unless its event id is already there; true when a row was added. */
  boolean append(AuditRecord record);

  /** Newest first, keyset-paged. */
  Page<AuditRecord> search(AuditQuery query);
}
