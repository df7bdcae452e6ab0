package dev.kythera.identity.application.port.out;

import java.util.UUID;

/** Outbound port: commands to the services that run jobs ({@code kythera.jobs.commands}). */
public interface JobCommandPublisher {

  /**
   * Asks whichever replica runs (or will run) the job to cancel it; in the caller's transaction.
   */
  void requestCancel(UUID jobId, UUID projectId, UUID requestedBy);
}
