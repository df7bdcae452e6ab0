package dev.kythera.identity.application.port.in;

import dev.kythera.identity.domain.job.JobView;
import java.util.UUID;
import java.util.function.Consumer;

/** Inbound port: follow one job live until it reaches a terminal state. */
public interface WatchJobUseCase {

  /**
   * Delivers the job's current state at once, then every change, ending with the terminal state.
   * Close the returned handle to stop listening earlier.
   */
  AutoCloseable watch(UUID projectId, UUID jobId, Consumer<JobView> listener);
}
