package dev.kythera.platform.jobs;

import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Outbound adapter: job state changes and requests, written to the outbox. */
@ApplicationScoped
public class JobEvents {
  private final OutboxWriter outbox;

  public JobEvents(OutboxWriter outbox) {
    this.outbox = outbox;
  }

  /** Publishes the job's state on {@code kythera.jobs.events} (key = job id). */
  public void state(String type, JobSnapshot job) {
    String key = job.id().toString();
    outbox.append(EventTypes.TOPIC_JOB_EVENTS, key, type, key, job);
  }

  /** Asks this service's workers (any replica) to run the job. */
  public void request(String service, UUID jobId) {
    String key = jobId.toString();
    outbox.append(
        EventTypes.jobRequests(service), key, EventTypes.JOB_REQUESTED, key, Map.of("jobId", key));
  }
}
