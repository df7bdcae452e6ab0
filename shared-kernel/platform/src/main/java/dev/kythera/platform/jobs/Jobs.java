package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.config.KytheraConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The job API a service's use cases call: submit work, look it up. Submitting stores the job and
 * its "created" event and request in one transaction; a worker of any replica then runs it.
 */
@ApplicationScoped
public class Jobs {
  private final JobStore store;
  private final JobEvents events;
  private final String service;
  private final Set<String> knownTypes;

  public Jobs(
      JobStore store, JobEvents events, KytheraConfig config, Instance<JobHandler> handlers) {
    this.store = store;
    this.events = events;
    this.service = config.service();
    this.knownTypes = handlers.stream().map(JobHandler::type).collect(Collectors.toSet());
  }

  @Transactional
  public JobSnapshot submit(
      UUID projectId, UUID userId, String type, String label, JsonNode params) {
    if (!knownTypes.contains(type)) {
      throw KytheraException.invalid("type", "is not a job type of " + service);
    }
    JobSnapshot job = store.insert(projectId, userId, type, label, params);
    events.state(EventTypes.JOB_CREATED, job);
    events.request(service, job.id());
    return job;
  }

  public JobSnapshot get(UUID projectId, UUID jobId) {
    return store
        .find(jobId)
        .filter(job -> job.projectId().equals(projectId))
        .orElseThrow(() -> KytheraException.notFound("Job " + jobId));
  }
}
