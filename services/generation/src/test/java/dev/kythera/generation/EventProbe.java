package dev.kythera.generation;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.platform.events.CloudEventHeaders;
import dev.kythera.testing.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning in a throw-away consumer group, for assertions. */
final class EventProbe implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  EventProbe(String topic) {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    props.put("group.id", "probe-" + UUID.randomUUID());
    props.put("auto.offset.reset", "earliest");
    props.put("key.deserializer", StringDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(topic));
  }

  /** Everything received so far (polls briefly first). */
  List<ConsumerRecord<String, byte[]>> records() {
    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    return List.copyOf(seen);
  }

  /** CloudEvents on the topic whose key is {@code key}, in order. */
  List<EventEnvelope> eventsFor(String key) {
    return records().stream()
        .filter(r -> key.equals(r.key()))
        .map(CloudEventHeaders::fromRecord)
        .toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
