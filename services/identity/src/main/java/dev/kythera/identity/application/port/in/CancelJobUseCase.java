package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.job.JobView;
import java.util.UUID;

/** Inbound port: ask the service running a job to cancel it. */
public interface CancelJobUseCase {

  /** Publishes the cancel command; conflict when the job already ended. */
  JobView cancel(UUID projectId, UUID jobId, UUID requestedBy);
}
