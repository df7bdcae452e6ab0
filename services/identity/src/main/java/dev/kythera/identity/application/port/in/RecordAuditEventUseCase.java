package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.audit.AuditRecord;

/** Inbound port (messaging): an audit event arrived on {@code kythera.audit.events}. */
public interface RecordAuditEventUseCase {

  /** Stores it once; a redelivered event (same id) changes nothing. True when stored now. */
  boolean record(AuditRecord record);
}
