package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.job.JobView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the job projection table. */
public interface JobProjectionRepository {

  /** Inserts or updates the job; never moves a terminal job back to a non-terminal state. */
  void upsert(JobView job);

  Optional<JobView> find(UUID jobId);

  List<JobView> list(UUID projectId, String status, int limit);
}
