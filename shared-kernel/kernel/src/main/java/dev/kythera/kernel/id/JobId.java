package dev.kythera.kernel.id;

import java.util.UUID;

/** Typed identifier of a job. */
public record JobId(UUID value) {
  public JobId {
    Ids.require("jobId", value);
  }

  public static JobId random() {
    return new JobId(UUID.randomUUID());
  }

  public static JobId parse(String text) {
    return new JobId(Ids.parse("jobId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
