package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** What a running job sees of the runner. */
public interface JobContext {
  UUID jobId();

  UUID projectId();

  UUID userId();

  /** Parameters given when the job was submitted. */
  JsonNode params();

  /**
   * Reports progress (0.0–1.0) and a short message. Cheap to call often: events are throttled to
   * about ten a second per job.
   */
  void progress(double fraction, String message);

  /** True once a cancel command reached this job. */
  boolean cancelled();

  /** Throws {@link JobCancelledException} when cancelled; call between units of work. */
  default void checkCancelled() {
    if (cancelled()) {
      throw new JobCancelledException();
    }
  }
}
