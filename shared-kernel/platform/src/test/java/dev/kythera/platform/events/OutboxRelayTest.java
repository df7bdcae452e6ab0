package dev.kythera.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kythera.platform.support.PlatformTestResource;
import dev.kythera.platform.support.RelayStoppedProfile;
import dev.kythera.testing.TestKafka;
import dev.kythera.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's promises against the real PostgreSQL and the test Kafka broker: a Kafka outage loses
 * no event, and relays running side by side ({@code FOR UPDATE SKIP LOCKED}) publish every event
 * exactly once. The app's own relay is off; each test runs its relays itself.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(RelayStoppedProfile.class)
class OutboxRelayTest {
  @Inject OutboxWriter outbox;
  @Inject AgroalDataSource dataSource;

  private final List<KafkaClients> clients = new ArrayList<>();
  private String topic;

  @BeforeEach
  void freshTopicAndEmptyOutbox() throws Exception {
    topic = "kythera.test.outbox-" + UUID.randomUUID();
    try (Admin admin = PlatformTestResource.admin()) {
      TopicInitializer.ensure(admin, List.of(new NewTopic(topic, 3, (short) 1)));
    }
    OutboxRelay drain = relay(TestKafka.bootstrapServers());
    while (drain.publishBatch() > 0) {
      // leftovers of an earlier test must not count as this test's events
    }
  }

  @AfterEach
  void closeClients() {
    clients.forEach(KafkaClients::close);
  }

  @Test
  void eventsWaitInTheOutboxWhileKafkaIsUnreachableAndAllArriveOnceItIsBack() throws Exception {
    List<UUID> ids = append(5);
    OutboxRelay cutOff = relay("127.0.0.1:" + closedPort());

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(cutOff::publishBatch).isNotNull();
      assertThat(pending(ids)).as("rows still in the outbox after failed attempt").isEqualTo(5);
    }

    OutboxRelay reachable = relay(TestKafka.bootstrapServers());
    assertThat(reachable.publishBatch()).isEqualTo(5);
    assertThat(pending(ids)).isZero();
    assertDeliveredExactlyOnce(ids);
  }

  @Test
  void aRelaySkipsTheRowsAnotherRelayHoldsSoNoEventIsSentTwice() throws Exception {
    List<UUID> ids = append(10);
    List<UUID> held = ids.subList(0, 4);
    List<UUID> free = ids.subList(4, 10);
    OutboxRelay other = relay(TestKafka.bootstrapServers());

    // Stands in for a relay that claimed the first rows and is still waiting for Kafka's ack.
    try (Connection busy = dataSource.getConnection()) {
      busy.setAutoCommit(false);
      try (PreparedStatement lock =
          busy.prepareStatement("SELECT seq FROM outbox_event WHERE id = ANY (?) FOR UPDATE")) {
        lock.setArray(1, busy.createArrayOf("uuid", held.toArray()));
        lock.executeQuery().close();
      }
      assertThat(other.publishBatch()).isEqualTo(6);
      assertThat(pending(free)).isZero();
      assertThat(pending(held)).isEqualTo(4);
      busy.rollback(); // the first relay gives up (say, its replica stopped) ...
    }
    assertThat(other.publishBatch()).isEqualTo(4); // ... and the rows are published once, later
    assertThat(pending(ids)).isZero();
    assertDeliveredExactlyOnce(ids);
  }

  @Test
  void twoRelaysRacingOverOneOutboxPublishEveryEventExactlyOnce() throws Exception {
    List<UUID> ids = append(1_000);
    List<OutboxRelay> relays =
        List.of(relay(TestKafka.bootstrapServers()), relay(TestKafka.bootstrapServers()));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> published = new ArrayList<>();
      for (OutboxRelay relay : relays) {
        published.add(
            pool.submit(
                () -> {
                  go.await();
                  int total = 0;
                  for (int n = relay.publishBatch(); n > 0; n = relay.publishBatch()) {
                    total += n;
                  }
                  return total;
                }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> count : published) {
        total += count.get(2, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(1_000);
    } finally {
      pool.shutdownNow();
    }
    assertThat(pending(ids)).isZero();
    assertDeliveredExactlyOnce(ids);
  }

  private OutboxRelay relay(String bootstrap) {
    KafkaClients kafka = new KafkaClients(bootstrap, 1_000);
    clients.add(kafka);
    return new OutboxRelay(dataSource, kafka, new OutboxSignal(), 500, false);
  }

  /** Appends {@code count} events to this test's topic, 100 per transaction. */
  private List<UUID> append(int count) {
    List<UUID> ids = new ArrayList<>();
    for (int from = 0; from < count; from += 100) {
      int start = from;
      int end = Math.min(count, from + 100);
      ids.addAll(
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    List<UUID> batch = new ArrayList<>();
                    for (int i = start; i < end; i++) {
                      batch.add(
                          outbox.append(
                              topic, "key-" + (i % 7), "kythera.test.v1", null, Map.of("n", i)));
                    }
                    return batch;
                  }));
    }
    return ids;
  }

  private long pending(List<UUID> ids) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE id = ANY (?)")) {
      count.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void assertDeliveredExactlyOnce(List<UUID> ids) {
    try (TopicProbe probe = new TopicProbe(topic)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> probe.records().size() >= ids.size());
      probe.records(); // one more poll: a duplicate sent late would show up here
      Map<String, Long> perId =
          probe.records().stream()
              .map(r -> TopicProbe.header(r, "ce_id"))
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perId.keySet())
          .containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
      assertThat(perId.values()).allMatch(n -> n == 1L);
      ConsumerRecord<String, byte[]> any = probe.records().getFirst();
      assertThat(TopicProbe.header(any, "ce_type")).isEqualTo("kythera.test.v1");
      assertThat(TopicProbe.header(any, "ce_source")).isEqualTo("/kythera/platformtest");
    }
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort(); // closed again when the test uses it: nothing listens there
    }
  }
}
