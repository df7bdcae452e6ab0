package dev.kythera.platform.events;

import dev.kythera.kernel.event.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as {@code ce_*} headers
 * and the record value is the JSON data itself.
 */
public final class CloudEventHeaders {
  private CloudEventHeaders() {}

  static final String ID = "ce_id";
  static final String SOURCE = "ce_source";
  static final String TYPE = "ce_type";
  static final String SUBJECT = "ce_subject";
  static final String TIME = "ce_time";
  static final String SPEC = "ce_specversion";
  static final String CONTENT_TYPE = "content-type";

  public static ProducerRecord<String, byte[]> toRecord(
      String topic, String key, EventEnvelope event) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(topic, key, event.data().getBytes(StandardCharsets.UTF_8));
    Headers headers = record.headers();
    put(headers, SPEC, EventEnvelope.SPEC_VERSION);
    put(headers, ID, event.id());
    put(headers, SOURCE, event.source());
    put(headers, TYPE, event.type());
    if (event.subject() != null) {
      put(headers, SUBJECT, event.subject());
    }
    put(headers, TIME, event.time().toString());
    put(headers, CONTENT_TYPE, EventEnvelope.CONTENT_TYPE);
    return record;
  }

  /** Reads an envelope; fails with {@link IllegalArgumentException} on a non-CloudEvent. */
  public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
    Headers headers = record.headers();
    String spec = get(headers, SPEC);
    if (!EventEnvelope.SPEC_VERSION.equals(spec)) {
      throw new IllegalArgumentException(
          "Not a CloudEvents 1.0 record (ce_specversion=" + spec + ")");
    }
    String time = get(headers, TIME);
    byte[] value = record.value();
    if (value == null) {
      throw new IllegalArgumentException("CloudEvent without data");
    }
    return new EventEnvelope(
        get(headers, ID),
        get(headers, SOURCE),
        get(headers, TYPE),
        get(headers, SUBJECT),
        time == null ? Instant.now() : Instant.parse(time),
        new String(value, StandardCharsets.UTF_8));
  }

  private static void put(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  static String get(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
