package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.job.JobView;

/** Inbound port for the messaging side: a job changed somewhere on the platform. */
public interface ProjectJobEventUseCase {

  /** Stores the new state in the projection (idempotence is the caller's transaction's job). */
  void record(JobView job);

  /** Tells live watchers of this replica about the new state. */
  void broadcast(JobView job);
}
