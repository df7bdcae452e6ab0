package dev.kythera.identity.adapter.in.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.application.port.in.ProjectJobEventUseCase;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.ConsumerLoop;
import dev.kythera.platform.events.IncomingEvent;
import dev.kythera.platform.events.KafkaClients;
import dev.kythera.platform.events.ProcessedEvents;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * Inbound adapter (Kafka): {@code kythera.jobs.events}, read twice. The projection consumer shares
 * one group across replicas and is idempotent (processed ids); the live consumer has a group per
 * replica and reads only new events, so every replica can push updates to its own SSE watchers.
 */
@ApplicationScoped
public class JobEventsConsumers {
  private final ProjectJobEventUseCase jobs;
  private final KafkaClients kafka;
  private final ProcessedEvents processed;
  private final ObjectMapper json;
  private ConsumerLoop projection;
  private ConsumerLoop live;

  public JobEventsConsumers(
      ProjectJobEventUseCase jobs,
      KafkaClients kafka,
      ProcessedEvents processed,
      ObjectMapper json) {
    this.jobs = jobs;
    this.kafka = kafka;
    this.processed = processed;
    this.json = json;
  }

  void start(@Observes StartupEvent event) {
    projection =
        ConsumerLoop.builder("identity-job-projection", kafka)
            .topics(EventTypes.TOPIC_JOB_EVENTS)
            .idempotent(processed)
            .handler(this::record)
            .build()
            .start();
    live =
        ConsumerLoop.builder("identity-job-live", kafka)
            .topics(EventTypes.TOPIC_JOB_EVENTS)
            .group("identity-job-live-" + UUID.randomUUID())
            .fromLatest()
            .handler(this::broadcast)
            .build()
            .start();
  }

  void stop(@Observes ShutdownEvent event) {
    if (projection != null) {
      projection.close();
    }
    if (live != null) {
      live.close();
    }
  }

  private void record(IncomingEvent event) throws Exception {
    jobs.record(JobEventMapper.read(json, event.envelope().data()));
  }

  private void broadcast(IncomingEvent event) throws Exception {
    jobs.broadcast(JobEventMapper.read(json, event.envelope().data()));
  }
}
