package dev.kythera.platform.jobs;

import dev.kythera.kernel.event.EventTypes;
import dev.kythera.kernel.job.JobStatus;
import dev.kythera.platform.config.KytheraConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Makes sure no job stays "running" or "pending" forever: a running job whose worker stopped
 * sending heartbeats ends in {@code error} (the user may run it again); a pending job whose request
 * was lost is requested again, up to three times.
 */
@ApplicationScoped
public class JobReaper {
  private static final Logger LOG = Logger.getLogger(JobReaper.class);
  private static final int MAX_REQUESTS = 3;

  private final JobStore store;
  private final JobEvents events;
  private final KytheraConfig config;

  public JobReaper(JobStore store, JobEvents events, KytheraConfig config) {
    this.store = store;
    this.events = events;
    this.config = config;
  }

  @Scheduled(
      every = "${kythera.jobs.reaper-interval:10s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public void reap() {
    if (!config.jobs().enabled()) {
      return;
    }
    QuarkusTransaction.requiringNew().run(this::failLostJobs);
    QuarkusTransaction.requiringNew().run(this::rerequestLostPendingJobs);
  }

  void failLostJobs() {
    for (JobSnapshot job : store.lockStaleRunning(config.jobs().heartbeatTimeoutSeconds())) {
      LOG.warnf("Job %s lost its worker; marking it as failed", job.id());
      store
          .finish(
              job.id(),
              JobStatus.ERROR,
              "Worker stopped",
              null,
              "The worker running this job stopped before it finished; run the job again")
          .ifPresent(j -> events.state(EventTypes.JOB_FAILED, j));
    }
  }

  void rerequestLostPendingJobs() {
    for (JobSnapshot job : store.lockStalePending(config.jobs().heartbeatTimeoutSeconds())) {
      if (store.attempts(job.id()) >= MAX_REQUESTS) {
        store
            .finish(job.id(), JobStatus.ERROR, "Not started", null, "No worker picked up this job")
            .ifPresent(j -> events.state(EventTypes.JOB_FAILED, j));
      } else {
        store.bumpAttempts(job.id());
        events.request(config.service(), job.id());
      }
    }
  }
}
