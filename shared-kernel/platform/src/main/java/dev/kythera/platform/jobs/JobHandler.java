package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inbound port for long work: one implementation per job type, discovered as a CDI bean. The runner
 * calls {@link #run} on a worker thread of whichever replica took the request.
 */
public interface JobHandler {

  /** The job type this handler runs, e.g. {@code platform.selftest}. */
  String type();

  /**
   * Runs the job. Report progress through the context and return the result (JSON). Check {@link
   * JobContext#cancelled()} between units of work; return or throw {@link JobCancelledException}
   * when cancelled. Any other exception ends the job in {@code error} with its message.
   */
  JsonNode run(JobContext context) throws Exception;
}
