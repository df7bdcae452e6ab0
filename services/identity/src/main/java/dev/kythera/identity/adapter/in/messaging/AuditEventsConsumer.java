package dev.kythera.identity.adapter.in.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.application.port.in.RecordAuditEventUseCase;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.ConsumerLoop;
import dev.kythera.platform.events.IncomingEvent;
import dev.kythera.platform.events.KafkaClients;
import dev.kythera.platform.events.ProcessedEvents;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Inbound adapter (Kafka): {@code kythera.audit.events} into the audit log. One consumer group
 * ({@code identity-audit-log}) shared by the replicas; idempotent twice over — the event id is
 * recorded in {@code processed_event} in the handling transaction, and the log's unique event id
 * turns a second insert into a no-op — so a redelivered event is exactly one row. Events of other
 * types on the topic are skipped; unreadable ones go to the DLQ.
 */
@ApplicationScoped
public class AuditEventsConsumer {
  static final String NAME = "identity-audit-log";
  static final String TYPE = EventTypes.AUDIT_RECORDED;

  private final RecordAuditEventUseCase audit;
  private final KafkaClients kafka;
  private final ProcessedEvents processed;
  private final ObjectMapper json;
  private ConsumerLoop loop;

  public AuditEventsConsumer(
      RecordAuditEventUseCase audit,
      KafkaClients kafka,
      ProcessedEvents processed,
      ObjectMapper json) {
    this.audit = audit;
    this.kafka = kafka;
    this.processed = processed;
    this.json = json;
  }

  void start(@Observes StartupEvent event) {
    loop =
        ConsumerLoop.builder(NAME, kafka)
            .topics(EventTypes.TOPIC_AUDIT)
            .group(NAME)
            .idempotent(processed)
            .handler(this::handle)
            .build()
            .start();
  }

  void stop(@Observes ShutdownEvent event) {
    if (loop != null) {
      loop.close();
    }
  }

  private void handle(IncomingEvent event) throws Exception {
    if (!TYPE.equals(event.envelope().type())) {
      return;
    }
    audit.record(AuditEventMapper.read(json, event.envelope()));
  }
}
