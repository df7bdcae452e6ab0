package dev.kythera.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from the beginning in a throw-away consumer group, so tests can
 * assert on the CloudEvents a service published (binary mode: {@code ce_*} headers).
 */
public final class TopicProbe implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  public TopicProbe(String topic) {
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
  public List<ConsumerRecord<String, byte[]>> records() {
    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    return List.copyOf(seen);
  }

  /** Records whose CloudEvents header {@code ce_<attribute>} equals {@code value}. */
  public List<ConsumerRecord<String, byte[]>> withAttribute(String attribute, String value) {
    return records().stream().filter(r -> value.equals(header(r, "ce_" + attribute))).toList();
  }

  /** A header's value as text, or null. */
  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
