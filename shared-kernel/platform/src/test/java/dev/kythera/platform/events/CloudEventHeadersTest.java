package dev.kythera.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.event.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

  @Test
  void binaryModeCarriesAttributesAsHeadersAndDataAsValue() {
    EventEnvelope event =
        new EventEnvelope(
            "e-1",
            "/kythera/test",
            "kythera.job.progressed.v1",
            "job-1",
            Instant.parse("2026-01-01T00:00:00Z"),
            "{\"progress\":0.5}");
    ProducerRecord<String, byte[]> record =
        CloudEventHeaders.toRecord("kythera.jobs.events", "job-1", event);

    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"progress\":0.5}");
    assertThat(CloudEventHeaders.get(record.headers(), "ce_specversion")).isEqualTo("1.0");
    assertThat(CloudEventHeaders.get(record.headers(), "ce_type"))
        .isEqualTo("kythera.job.progressed.v1");
    assertThat(CloudEventHeaders.get(record.headers(), "content-type"))
        .isEqualTo("application/json");

    ConsumerRecord<String, byte[]> received =
        new ConsumerRecord<>(record.topic(), 0, 0L, record.key(), record.value());
    record.headers().forEach(h -> received.headers().add(h));
    assertThat(CloudEventHeaders.fromRecord(received)).isEqualTo(event);
  }

  @Test
  void recordsWithoutCloudEventHeadersAreRejected() {
    ConsumerRecord<String, byte[]> plain =
        new ConsumerRecord<>("t", 0, 0L, "k", "{}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CloudEventHeaders.fromRecord(plain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CloudEvents");
  }
}
