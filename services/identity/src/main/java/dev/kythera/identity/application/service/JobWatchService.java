package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.in.WatchJobUseCase;
import dev.kythera.identity.application.port.out.JobUpdateFeed;
import dev.kythera.identity.domain.job.JobView;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Follows a job: subscribes to live updates first, then sends the stored state, so no change that
 * happens in between is missed. Stops after the terminal state.
 *
 * <p>The live feed and the stored projection are fed by two consumers of the job events, so the
 * feed may announce the terminal state before the projection has stored it: a watcher that
 * subscribes in between reads the old state and hears nothing more. While a watch is open the
 * stored state is therefore re-read every {@link #RECHECK}; a terminal state found there ends the
 * watch. Only terminal states are taken from the re-read, since the projection may lag the feed and
 * its progress would go backwards.
 */
@ApplicationScoped
public class JobWatchService implements WatchJobUseCase {
  static final Duration RECHECK = Duration.ofSeconds(1);

  private final QueryJobsUseCase queries;
  private final JobUpdateFeed feed;
  private final Duration recheck;
  private final ScheduledExecutorService rechecks =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("job-watch-recheck").daemon().factory());

  @Inject
  public JobWatchService(QueryJobsUseCase queries, JobUpdateFeed feed) {
    this(queries, feed, RECHECK);
  }

  JobWatchService(QueryJobsUseCase queries, JobUpdateFeed feed, Duration recheck) {
    this.queries = queries;
    this.feed = feed;
    this.recheck = recheck;
  }

  @Override
  public AutoCloseable watch(UUID projectId, UUID jobId, Consumer<JobView> listener) {
    queries.get(projectId, jobId); // fails fast with 404 for a job outside the project
    Watch watch = new Watch(listener);
    AutoCloseable subscription = feed.subscribe(jobId, watch::accept);
    // Re-read after subscribing: whatever changed meanwhile is either in this read or in the feed.
    watch.accept(queries.get(projectId, jobId));
    if (watch.ended()) {
      close(subscription);
      return () -> {};
    }
    ScheduledFuture<?> recheckTask =
        rechecks.scheduleWithFixedDelay(
            () -> watch.acceptIfTerminal(() -> queries.get(projectId, jobId)),
            recheck.toMillis(),
            recheck.toMillis(),
            TimeUnit.MILLISECONDS);
    return () -> {
      recheckTask.cancel(false);
      subscription.close();
    };
  }

  @PreDestroy
  void stop() {
    rechecks.shutdownNow();
  }

  private static void close(AutoCloseable handle) {
    try {
      handle.close();
    } catch (Exception e) {
      // nothing left to release
    }
  }

  /** One watcher's state: passes updates on, in order, until the first terminal one. */
  private static final class Watch {
    private final Consumer<JobView> listener;
    private boolean ended;

    Watch(Consumer<JobView> listener) {
      this.listener = listener;
    }

    synchronized void accept(JobView job) {
      if (!ended) {
        if (job.terminal()) {
          ended = true;
        }
        listener.accept(job);
      }
    }

    synchronized boolean ended() {
      return ended;
    }

    void acceptIfTerminal(java.util.function.Supplier<JobView> stored) {
      if (ended()) {
        return;
      }
      try {
        JobView job = stored.get();
        if (job.terminal()) {
          accept(job);
        }
      } catch (RuntimeException e) {
        // the job went away or the database hiccuped: the next recheck tries again
      }
    }
  }
}
