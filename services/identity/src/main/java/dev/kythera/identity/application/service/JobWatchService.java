package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.in.WatchJobUseCase;
import dev.kythera.identity.application.port.out.JobUpdateFeed;
import dev.kythera.identity.domain.job.JobView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Follows a job: subscribes to live updates first, then sends the stored state, so no change that
 * happens in between is missed. Stops after the terminal state.
 */
@ApplicationScoped
public class JobWatchService implements WatchJobUseCase {
  private final QueryJobsUseCase queries;
  private final JobUpdateFeed feed;

  public JobWatchService(QueryJobsUseCase queries, JobUpdateFeed feed) {
    this.queries = queries;
    this.feed = feed;
  }

  @Override
  public AutoCloseable watch(UUID projectId, UUID jobId, Consumer<JobView> listener) {
    queries.get(projectId, jobId); // fails fast with 404 for a job outside the project
    AtomicBoolean ended = new AtomicBoolean(false);
    Consumer<JobView> guarded =
        job -> {
          if (!ended.get()) {
            if (job.terminal()) {
              ended.set(true);
            }
            listener.accept(job);
          }
        };
    AutoCloseable subscription = feed.subscribe(jobId, guarded);
    // Re-read after subscribing: whatever changed meanwhile is either in this read or in the feed.
    guarded.accept(queries.get(projectId, jobId));
    return subscription;
  }
}
