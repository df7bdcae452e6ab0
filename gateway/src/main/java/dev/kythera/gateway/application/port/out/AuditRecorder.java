package dev.kythera.gateway.application.port.out;

import dev.kythera.gateway.domain.AuditEntry;

/** Outbound port: the platform's audit trail ({@code kythera.audit.events}). */
public interface AuditRecorder {

  /**
   * Records one request, later and elsewhere: returns at once, never blocks the calling thread and
   * never throws. A failure to record is logged by the recorder; the request it describes has been
   * answered already.
   */
  void record(AuditEntry entry);
}
