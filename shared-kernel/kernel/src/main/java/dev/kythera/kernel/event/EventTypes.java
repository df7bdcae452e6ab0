package dev.kythera.kernel.event;

/** Topic names and CloudEvents types shared by every service (see docs/events.md). */
public final class EventTypes {
  private EventTypes() {}

  public static final String TOPIC_JOB_EVENTS = "kythera.jobs.events";
  public static final String TOPIC_JOB_COMMANDS = "kythera.jobs.commands";
  public static final String TOPIC_AUDIT = "kythera.audit.events";
  public static final String TOPIC_SCHEMA = "kythera.schema.events";
  public static final String DLQ_SUFFIX = ".dlq";

  public static final String JOB_CREATED = "kythera.job.created.v1";
  public static final String JOB_STARTED = "kythera.job.started.v1";
  public static final String JOB_PROGRESSED = "kythera.job.progressed.v1";
  public static final String JOB_DONE = "kythera.job.completed.v1";
  public static final String JOB_FAILED = "kythera.job.failed.v1";
  public static final String JOB_CANCELLED = "kythera.job.cancelled.v1";
  public static final String JOB_REQUESTED = "kythera.job.requested.v1";
  public static final String JOB_CANCEL_REQUESTED = "kythera.job.cancel-requested.v1";

  /** A schema snapshot was captured (introspection); key = project id. */
  public static final String SCHEMA_SNAPSHOT_CAPTURED = "kythera.schema.snapshot-captured.v1";

  /** One audited action (gateway: every mutating request; services: domain events). */
  public static final String AUDIT_RECORDED = "kythera.audit.recorded.v1";

  /** The request topic of one service's job workers. */
  public static String jobRequests(String service) {
    return "kythera.jobs.requests." + service;
  }
}
