package dev.kythera.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outbound adapter factory: the one place that knows how Kafka clients are configured. */
@ApplicationScoped
public class KafkaClients {
  private final String bootstrap;
  private final long maxBlockMillis;
  private volatile KafkaProducer<String, byte[]> producer;

  /**
   * @param bootstrap the brokers
   * @param maxBlockMillis how long a send may wait for broker metadata before it fails (so a relay
   *     facing an unreachable broker gives up its batch and retries later)
   */
  public KafkaClients(
      @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
          String bootstrap,
      @ConfigProperty(name = "kythera.kafka.max-block-millis", defaultValue = "10000")
          long maxBlockMillis) {
    this.bootstrap = bootstrap;
    this.maxBlockMillis = maxBlockMillis;
  }

  /** One shared, idempotent producer per service (thread-safe by Kafka's contract). */
  public KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      synchronized (this) {
        if (producer == null) {
          Properties props = base();
          props.put(ProducerConfig.ACKS_CONFIG, "all");
          props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
          props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
          props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
          props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
          props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMillis);
          props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
          props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
          producer = new KafkaProducer<>(props);
        }
      }
    }
    return producer;
  }

  /**
   * A new consumer; callers own it. {@code fromLatest} suits fan-out listeners that only care about
   * what happens from now on.
   */
  public KafkaConsumer<String, byte[]> consumer(String groupId, boolean fromLatest) {
    Properties props = base();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromLatest ? "latest" : "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(props);
  }

  public Admin admin() {
    Properties props = base();
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    return Admin.create(props);
  }

  private Properties base() {
    Properties props = new Properties();
    props.put("bootstrap.servers", bootstrap);
    return props;
  }

  void onStop(@Observes ShutdownEvent event) {
    close();
  }

  /** Closes the shared producer (at shutdown; tests close the clients they made). */
  @PreDestroy
  public void close() {
    KafkaProducer<String, byte[]> current = producer;
    if (current != null) {
      producer = null;
      current.close(Duration.ofSeconds(5));
    }
  }
}
