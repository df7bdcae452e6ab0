package dev.kythera.kernel.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope. {@code data} is the JSON text of the payload; the kernel stays free
 * of JSON libraries, adapters (de)serialise it.
 *
 * @param id unique event id, used by consumers for idempotency
 * @param source the producing service, e.g. {@code /kythera/identity}
 * @param type versioned type such as {@code kythera.job.progressed.v1}
 * @param subject the aggregate id (also the Kafka key)
 * @param time when the event happened
 * @param data JSON payload
 */
public record EventEnvelope(
    String id, String source, String type, String subject, Instant time, String data) {
  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }
}
