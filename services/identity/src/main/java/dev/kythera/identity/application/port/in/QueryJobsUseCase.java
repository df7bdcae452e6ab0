package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.job.JobView;
import java.util.List;
import java.util.UUID;

/** Inbound port: read the jobs of a project. */
public interface QueryJobsUseCase {

  /** Newest first; {@code status} filters when not null; at most {@code limit} (1..200). */
  List<JobView> list(UUID projectId, String status, int limit);

  /** The job, or a not-found error when it does not belong to the project. */
  JobView get(UUID projectId, UUID jobId);
}
