package dev.kythera.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** The context of a job running on this replica: throttled progress and the cancel flag. */
final class RunningJob implements JobContext {

  /** Where throttled progress goes (the store and the outbox). */
  @FunctionalInterface
  interface ProgressSink {
    void record(UUID jobId, double progress, String message);
  }

  private final JobSnapshot job;
  private final JsonNode params;
  private final ProgressSink sink;
  private final long intervalNanos;
  private volatile boolean cancelled;
  private long lastEmitNanos;

  RunningJob(JobSnapshot job, JsonNode params, ProgressSink sink, int intervalMillis) {
    this.job = job;
    this.params = params;
    this.sink = sink;
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.lastEmitNanos = System.nanoTime() - intervalNanos;
  }

  @Override
  public UUID jobId() {
    return job.id();
  }

  @Override
  public UUID projectId() {
    return job.projectId();
  }

  @Override
  public UUID userId() {
    return job.userId();
  }

  @Override
  public JsonNode params() {
    return params;
  }

  @Override
  public void progress(double fraction, String message) {
    long now = System.nanoTime();
    if (now - lastEmitNanos < intervalNanos) {
      return; // the final state carries the last word; skipping intermediate ticks is fine
    }
    lastEmitNanos = now;
    sink.record(job.id(), Math.max(0, Math.min(1, fraction)), message);
  }

  @Override
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * Flags the job. The thread is not interrupted: an interrupt in the middle of a JDBC call can
   * break the pooled connection, so handlers poll {@link #cancelled()} between units of work.
   */
  void cancel() {
    cancelled = true;
  }
}
