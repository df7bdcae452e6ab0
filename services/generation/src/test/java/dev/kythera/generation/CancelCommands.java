package dev.kythera.generation;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.CloudEventHeaders;
import dev.kythera.platform.events.KafkaClients;
import java.time.Instant;
import java.util.UUID;

/** Sends the cancel command identity would send when a user cancels a job. */
public final class CancelCommands {
  private CancelCommands() {}

  public static void send(KafkaClients kafka, String jobId) throws Exception {
    EventEnvelope command =
        new EventEnvelope(
            UUID.randomUUID().toString(),
            "/kythera/test",
            EventTypes.JOB_CANCEL_REQUESTED,
            jobId,
            Instant.now(),
            "{\"jobId\":\"" + jobId + "\"}");
    kafka
        .producer()
        .send(CloudEventHeaders.toRecord(EventTypes.TOPIC_JOB_COMMANDS, jobId, command))
        .get();
  }
}
