package dev.kythera.generation;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.platform.events.CloudEventHeaders;
import dev.kythera.testing.TopicProbe;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The testing module's {@link TopicProbe}, with records read back as CloudEvents. */
final class EventProbe implements AutoCloseable {
  private final TopicProbe probe;

  EventProbe(String topic) {
    probe = new TopicProbe(topic);
  }

  /** Every record received so far (polls briefly first). */
  List<ConsumerRecord<String, byte[]>> records() {
    return probe.records();
  }

  /** CloudEvents on the topic whose key is {@code key}, in order. */
  List<EventEnvelope> eventsFor(String key) {
    return probe.records().stream()
        .filter(r -> key.equals(r.key()))
        .map(CloudEventHeaders::fromRecord)
        .toList();
  }

  @Override
  public void close() {
    probe.close();
  }
}
