package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.out.JobProjectionRepository;
import dev.kythera.identity.domain.job.JobView;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the job projection, scoped to one project. */
@ApplicationScoped
public class JobQueryService implements QueryJobsUseCase {
  private static final Set<String> STATUSES =
      Set.of("pending", "running", "done", "error", "cancelled");

  private final JobProjectionRepository jobs;

  public JobQueryService(JobProjectionRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public List<JobView> list(UUID projectId, String status, int limit) {
    if (status != null && !STATUSES.contains(status)) {
      throw KytheraException.invalid("status", "must be one of " + STATUSES);
    }
    if (limit < 1 || limit > 200) {
      throw KytheraException.invalid("limit", "must be 1..200");
    }
    return jobs.list(projectId, status, limit);
  }

  @Override
  public JobView get(UUID projectId, UUID jobId) {
    return jobs.find(jobId)
        .filter(job -> job.projectId().equals(projectId))
        .orElseThrow(() -> KytheraException.notFound("Job " + jobId));
  }
}
