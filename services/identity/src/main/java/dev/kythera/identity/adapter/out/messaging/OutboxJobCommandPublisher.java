package dev.kythera.identity.adapter.out.messaging;

import dev.kythera.identity.application.port.out.JobCommandPublisher;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Outbound adapter (outbox → Kafka): job commands, keyed by job id. */
@ApplicationScoped
public class OutboxJobCommandPublisher implements JobCommandPublisher {
  private final OutboxWriter outbox;

  public OutboxJobCommandPublisher(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  @Override
  public void requestCancel(UUID jobId, UUID projectId, UUID requestedBy) {
    String key = jobId.toString();
    outbox.append(
        EventTypes.TOPIC_JOB_COMMANDS,
        key,
        EventTypes.JOB_CANCEL_REQUESTED,
        key,
        Map.of(
            "jobId", key,
            "projectId", projectId.toString(),
            "requestedBy", requestedBy.toString()));
  }
}
