package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.kernel.job.JobStatus;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.events.ConsumerLoop;
import dev.kythera.platform.events.IncomingEvent;
import dev.kythera.platform.events.KafkaClients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Inbound adapter (Kafka) and runtime for jobs: consumes {@code kythera.jobs.requests.<service>} in
 * the consumer group {@code <service>-workers} (replicas share the work), claims each job
 * atomically, runs its handler on a bounded pool and records the final state.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class);

  private final JobStore store;
  private final JobEvents events;
  private final KafkaClients kafka;
  private final ObjectMapper json;
  private final KytheraConfig config;
  private final Map<String, JobHandler> handlers;
  private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
  private final String workerId;
  private ExecutorService pool;
  private ConsumerLoop requests;

  @Inject
  public JobRunner(
      JobStore store,
      JobEvents events,
      KafkaClients kafka,
      ObjectMapper json,
      KytheraConfig config,
      Instance<JobHandler> handlers) {
    this(
        store,
        events,
        kafka,
        json,
        config,
        handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity())),
        WorkerIdentity.id());
  }

  /** A runner with its own worker id: a second replica inside one JVM, for tests. */
  JobRunner(
      JobStore store,
      JobEvents events,
      KafkaClients kafka,
      ObjectMapper json,
      KytheraConfig config,
      Map<String, JobHandler> handlers,
      String workerId) {
    this.store = store;
    this.events = events;
    this.kafka = kafka;
    this.json = json;
    this.config = config;
    this.handlers = Map.copyOf(handlers);
    this.workerId = workerId;
  }

  void start(@Observes StartupEvent event) {
    if (!config.jobs().enabled()) {
      return;
    }
    pool =
        Executors.newFixedThreadPool(
            config.jobs().workerThreads(), Thread.ofPlatform().name("job-worker-", 0).factory());
    String service = config.service();
    requests =
        ConsumerLoop.builder(service + "-job-requests", kafka)
            .topics(EventTypes.jobRequests(service))
            .group(service + "-workers")
            .handler(this::onRequest)
            .build()
            .start();
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    if (requests != null) {
      requests.close();
    }
    if (pool != null) {
      running.values().forEach(RunningJob::cancel);
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private void onRequest(IncomingEvent event) throws Exception {
    UUID jobId = UUID.fromString(json.readTree(event.envelope().data()).path("jobId").asText());
    pool.submit(() -> execute(jobId));
  }

  /** True when this replica runs the job; then it is flagged and its thread interrupted. */
  boolean cancelLocal(UUID jobId) {
    RunningJob job = running.get(jobId);
    if (job == null) {
      return false;
    }
    job.cancel();
    return true;
  }

  private void execute(UUID jobId) {
    Optional<JobSnapshot> claimed =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Optional<JobSnapshot> job = store.claim(jobId, workerId);
                  job.ifPresent(j -> events.state(EventTypes.JOB_STARTED, j));
                  return job;
                });
    if (claimed.isEmpty()) {
      return; // taken by another worker, cancelled before start, or already finished
    }
    JobSnapshot job = claimed.get();
    JobHandler handler = handlers.get(job.type());
    RunningJob context =
        new RunningJob(
            job,
            store.params(jobId).orElse(json.createObjectNode()),
            this::recordProgress,
            config.jobs().progressIntervalMillis());
    running.put(jobId, context);
    try {
      JsonNode result = handler.run(context);
      if (context.cancelled()) {
        finish(jobId, JobStatus.CANCELLED, "Cancelled", null, null);
      } else {
        finish(jobId, JobStatus.DONE, "Done", result, null);
      }
    } catch (JobCancelledException e) {
      finish(jobId, JobStatus.CANCELLED, "Cancelled", null, null);
    } catch (InterruptedException e) {
      Thread.interrupted(); // clear the flag so the final write can run
      finish(jobId, JobStatus.CANCELLED, "Cancelled", null, null);
    } catch (Exception e) {
      if (context.cancelled()) {
        Thread.interrupted();
        finish(jobId, JobStatus.CANCELLED, "Cancelled", null, null);
      } else {
        LOG.warnf(e, "Job %s (%s) failed", jobId, job.type());
        finish(jobId, JobStatus.ERROR, "Failed", null, errorText(e));
      }
    } finally {
      running.remove(jobId);
    }
  }

  private void recordProgress(UUID jobId, double progress, String message) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              store.progress(jobId, progress, message);
              store.find(jobId).ifPresent(j -> events.state(EventTypes.JOB_PROGRESSED, j));
            });
  }

  private void finish(UUID jobId, JobStatus status, String message, JsonNode result, String error) {
    String type =
        switch (status) {
          case DONE -> EventTypes.JOB_DONE;
          case CANCELLED -> EventTypes.JOB_CANCELLED;
          default -> EventTypes.JOB_FAILED;
        };
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                store
                    .finish(jobId, status, message, result, error)
                    .ifPresent(j -> events.state(type, j)));
  }

  /** Keeps heartbeats fresh for jobs this replica runs, so the reaper leaves them alone. */
  @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    List<UUID> ids = List.copyOf(running.keySet());
    if (!ids.isEmpty()) {
      QuarkusTransaction.requiringNew().run(() -> store.heartbeat(ids));
    }
  }

  private static String errorText(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
