package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.CancelJobUseCase;
import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.out.JobCommandPublisher;
import dev.kythera.identity.domain.job.JobView;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Sends a cancel command for a job that has not ended yet. */
@ApplicationScoped
public class CancelJobService implements CancelJobUseCase {
  private final QueryJobsUseCase queries;
  private final JobCommandPublisher commands;

  public CancelJobService(QueryJobsUseCase queries, JobCommandPublisher commands) {
    this.queries = queries;
    this.commands = commands;
  }

  @Override
  @Transactional
  public JobView cancel(UUID projectId, UUID jobId, UUID requestedBy) {
    JobView job = queries.get(projectId, jobId);
    if (job.terminal()) {
      throw new KytheraException(
          ErrorCode.CONFLICT, "The job already ended (" + job.status() + ")");
    }
    commands.requestCancel(jobId, projectId, requestedBy);
    return job;
  }
}
