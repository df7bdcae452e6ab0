package dev.kythera.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.support.PlatformTestResource;
import dev.kythera.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Consumers on the real broker: a handler that keeps failing sends its message to {@code
 * <topic>.dlq} with the error and the loop moves on; an idempotent consumer handles a redelivered
 * event once.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ConsumerLoopTest {
  @Inject KafkaClients kafka;
  @Inject ProcessedEvents processed;

  private String topic;

  @BeforeEach
  void freshTopics() {
    topic = "kythera.test.consumer-" + UUID.randomUUID();
    try (Admin admin = PlatformTestResource.admin()) {
      TopicInitializer.ensure(
          admin,
          List.of(
              new NewTopic(topic, 1, (short) 1),
              new NewTopic(topic + EventTypes.DLQ_SUFFIX, 1, (short) 1)));
    }
  }

  @Test
  void aHandlerThatKeepsFailingEndsItsMessageInTheDeadLetterTopicWithTheError() throws Exception {
    Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    List<String> handled = new CopyOnWriteArrayList<>();
    EventEnvelope poison = event("{\"poison\":true}");
    EventEnvelope fine = event("{\"poison\":false}");
    try (ConsumerLoop loop =
            ConsumerLoop.builder("dlq-test-" + UUID.randomUUID(), kafka)
                .topics(topic)
                .handler(
                    incoming -> {
                      String id = incoming.envelope().id();
                      attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                      if (incoming.envelope().data().contains("true")) {
                        throw new IllegalStateException("cannot handle " + id);
                      }
                      handled.add(id);
                    })
                .build()
                .start();
        TopicProbe dlq = new TopicProbe(topic + EventTypes.DLQ_SUFFIX)) {
      send(poison);
      send(fine);

      await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains(fine.id()));
      await().atMost(Duration.ofSeconds(15)).until(() -> dlq.records().size() == 1);
      ConsumerRecord<String, byte[]> dead = dlq.records().getFirst();
      assertThat(dead.key()).isEqualTo("key-" + poison.id());
      assertThat(TopicProbe.header(dead, "ce_id")).isEqualTo(poison.id());
      assertThat(TopicProbe.header(dead, "kythera_error"))
          .isEqualTo("IllegalStateException: cannot handle " + poison.id());
      assertThat(TopicProbe.header(dead, "kythera_consumer")).startsWith("dlq-test-");
      assertThat(TopicProbe.header(dead, "kythera_origin")).isEqualTo(topic + "/0/0");
      assertThat(new String(dead.value())).isEqualTo("{\"poison\":true}");
      assertThat(attempts.get(poison.id()).get()).as("first try and three retries").isEqualTo(4);
      assertThat(handled).containsExactly(fine.id());
    }
  }

  @Test
  void anIdempotentConsumerHandlesARedeliveredEventOnce() throws Exception {
    List<String> handled = new CopyOnWriteArrayList<>();
    EventEnvelope once = event("{}");
    EventEnvelope marker = event("{}");
    try (ConsumerLoop loop =
        ConsumerLoop.builder("idempotent-test-" + UUID.randomUUID(), kafka)
            .topics(topic)
            .idempotent(processed)
            .handler(incoming -> handled.add(incoming.envelope().id()))
            .build()
            .start()) {
      send(once);
      send(once); // the same event id again, as a producer retry or a replay would send it
      send(marker);
      await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains(marker.id()));
      assertThat(handled).containsExactly(once.id(), marker.id());
    }
  }

  private EventEnvelope event(String data) {
    return new EventEnvelope(
        UUID.randomUUID().toString(),
        "/kythera/test",
        "kythera.test.v1",
        null,
        Instant.now(),
        data);
  }

  private void send(EventEnvelope event) throws Exception {
    kafka.producer().send(CloudEventHeaders.toRecord(topic, "key-" + event.id(), event)).get();
  }
}
