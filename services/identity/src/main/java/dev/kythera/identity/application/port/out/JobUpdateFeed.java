package dev.kythera.identity.application.port.out;

import dev.kythera.identity.domain.job.JobView;
import java.util.UUID;
import java.util.function.Consumer;

/** Outbound port: live job updates on this replica (fan-out to SSE watchers). */
public interface JobUpdateFeed {

  void publish(JobView job);

  /** Registers a listener for one job; close the handle to unregister. */
  AutoCloseable subscribe(UUID jobId, Consumer<JobView> listener);
}
