package dev.kythera.platform.events;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Inbound adapter runtime (Kafka): one thread polling one consumer. Each event is handled in its
 * own transaction; with {@code idempotent} the event id is recorded in that same transaction, so a
 * redelivered event is skipped. An event that still fails after retries, or cannot be read at all,
 * goes to {@code <topic>.dlq} with the error, and the loop moves on.
 */
public final class ConsumerLoop implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
  private static final long[] RETRY_BACKOFF_MILLIS = {100, 500, 1_500};

  private final String name;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaClients kafka;
  private final ProcessedEvents processed;
  private final boolean idempotent;
  private final EventHandler handler;
  private final Thread thread;
  private volatile boolean running = true;

  private ConsumerLoop(Builder builder) {
    this.name = builder.name;
    this.kafka = builder.kafka;
    this.processed = builder.processed;
    this.idempotent = builder.processed != null;
    this.handler = builder.handler;
    this.consumer = kafka.consumer(builder.groupId, builder.fromLatest);
    consumer.subscribe(builder.topics);
    this.thread = Thread.ofPlatform().name("consumer-" + name).daemon().unstarted(this::run);
  }

  public static Builder builder(String name, KafkaClients kafka) {
    return new Builder(name, kafka);
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
        for (ConsumerRecord<String, byte[]> record : records) {
          deliver(record);
        }
        if (!records.isEmpty()) {
          consumer.commitSync();
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop.
    } catch (RuntimeException e) {
      LOG.errorf(e, "Consumer %s stopped unexpectedly", name);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void deliver(ConsumerRecord<String, byte[]> record) {
    IncomingEvent event;
    try {
      EventEnvelope envelope = CloudEventHeaders.fromRecord(record);
      event = new IncomingEvent(envelope, record.topic(), record.partition(), record.offset());
    } catch (RuntimeException unreadable) {
      deadLetter(record, unreadable);
      return;
    }
    Exception last = null;
    for (int attempt = 0; attempt <= RETRY_BACKOFF_MILLIS.length; attempt++) {
      try {
        handleOnce(event);
        return;
      } catch (Exception e) {
        last = e;
        if (attempt < RETRY_BACKOFF_MILLIS.length && running) {
          sleep(RETRY_BACKOFF_MILLIS[attempt]);
        }
      }
    }
    deadLetter(record, last);
  }

  private void handleOnce(IncomingEvent event) throws Exception {
    QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (!idempotent || processed.firstTime(name, event.envelope().id())) {
                handler.handle(event);
              }
              return null;
            });
  }

  private void deadLetter(ConsumerRecord<String, byte[]> record, Exception error) {
    String dlq = record.topic() + EventTypes.DLQ_SUFFIX;
    LOG.warnf(
        "Consumer %s sends %s[%d]@%d to %s: %s",
        name, record.topic(), record.partition(), record.offset(), dlq, rootMessage(error));
    ProducerRecord<String, byte[]> dead = new ProducerRecord<>(dlq, record.key(), record.value());
    record.headers().forEach(header -> dead.headers().add(header));
    dead.headers().add("kythera_error", bytes(rootMessage(error)));
    dead.headers().add("kythera_consumer", bytes(name));
    dead.headers()
        .add(
            "kythera_origin",
            bytes(record.topic() + "/" + record.partition() + "/" + record.offset()));
    try {
      kafka.producer().send(dead).get();
    } catch (Exception e) {
      // Not acknowledged: stop here so the offset is not committed and the record is retried.
      throw new IllegalStateException("Cannot write to " + dlq, e);
    }
  }

  public ConsumerLoop start() {
    thread.start();
    return this;
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static byte[] bytes(String text) {
    return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a loop: topics, group, idempotency and the handler. */
  public static final class Builder {
    private final String name;
    private final KafkaClients kafka;
    private Collection<String> topics = List.of();
    private String groupId;
    private boolean fromLatest;
    private ProcessedEvents processed;
    private EventHandler handler;

    private Builder(String name, KafkaClients kafka) {
      this.name = name;
      this.kafka = kafka;
      this.groupId = name;
    }

    public Builder topics(String... names) {
      this.topics = List.of(names);
      return this;
    }

    public Builder group(String groupId) {
      this.groupId = groupId;
      return this;
    }

    /** Start from new events only (fan-out listeners). */
    public Builder fromLatest() {
      this.fromLatest = true;
      return this;
    }

    /** Skip events this consumer name already handled (recorded in processed_event). */
    public Builder idempotent(ProcessedEvents processed) {
      this.processed = processed;
      return this;
    }

    public Builder handler(EventHandler handler) {
      this.handler = handler;
      return this;
    }

    public ConsumerLoop build() {
      return new ConsumerLoop(this);
    }
  }
}
