package dev.kythera.platform.jobs;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * Inbound adapter (Kafka): cancel commands from {@code kythera.jobs.commands}. Every replica
 * listens in its own consumer group, because only the replica running a job can stop it; a job
 * still pending is cancelled in the database directly (the first replica to try wins).
 */
@ApplicationScoped
public class JobCancelListener {
  private final JobRunner runner;
  private final JobStore store;
  private final JobEvents events;
  private final KafkaClients kafka;
  private final ObjectMapper json;
  private final KytheraConfig config;
  private ConsumerLoop loop;

  public JobCancelListener(
      JobRunner runner,
      JobStore store,
      JobEvents events,
      KafkaClients kafka,
      ObjectMapper json,
      KytheraConfig config) {
    this.runner = runner;
    this.store = store;
    this.events = events;
    this.kafka = kafka;
    this.json = json;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.jobs().enabled()) {
      return;
    }
    loop =
        ConsumerLoop.builder(config.service() + "-job-commands", kafka)
            .topics(EventTypes.TOPIC_JOB_COMMANDS)
            .group(config.service() + "-commands-" + WorkerIdentity.id())
            .fromLatest()
            .handler(this::onCommand)
            .build()
            .start();
  }

  void stop(@Observes ShutdownEvent event) {
    if (loop != null) {
      loop.close();
    }
  }

  private void onCommand(IncomingEvent event) throws Exception {
    if (!EventTypes.JOB_CANCEL_REQUESTED.equals(event.envelope().type())) {
      return;
    }
    UUID jobId = UUID.fromString(json.readTree(event.envelope().data()).path("jobId").asText());
    if (!store.requestCancel(jobId)) {
      return; // not ours, or already terminal
    }
    if (!runner.cancelLocal(jobId)) {
      // Not running here: if it is still pending, nobody will start it now (claim checks the flag).
      QuarkusTransaction.joiningExisting()
          .run(
              () ->
                  store
                      .find(jobId)
                      .filter(job -> JobStatus.PENDING.wireName().equals(job.status()))
                      .flatMap(
                          job -> store.finish(jobId, JobStatus.CANCELLED, "Cancelled", null, null))
                      .ifPresent(job -> events.state(EventTypes.JOB_CANCELLED, job)));
    }
  }
}
