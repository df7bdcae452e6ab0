package dev.kythera.platform.events;

import dev.kythera.kernel.event.EventEnvelope;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first. Rows are claimed with {@code FOR UPDATE
 * SKIP LOCKED} so several replicas can relay at once without sending a row twice; a row is deleted
 * only after Kafka acknowledged it, so a broker outage delays events but never loses them.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final String CLAIM =
      "SELECT seq, id, topic, event_key, type, source, subject, occurred_at, payload"
          + " FROM outbox_event ORDER BY seq LIMIT 200 FOR UPDATE SKIP LOCKED";

  private final AgroalDataSource dataSource;
  private final KafkaClients kafka;
  private final OutboxSignal signal;
  private final long idleMillis;
  private final boolean enabled;
  private volatile boolean running;
  private Thread thread;

  public OutboxRelay(
      AgroalDataSource dataSource,
      KafkaClients kafka,
      OutboxSignal signal,
      @ConfigProperty(name = "kythera.outbox.idle-poll-millis", defaultValue = "500")
          long idleMillis,
      @ConfigProperty(name = "kythera.outbox.relay-enabled", defaultValue = "true")
          boolean enabled) {
    this.dataSource = dataSource;
    this.kafka = kafka;
    this.signal = signal;
    this.idleMillis = idleMillis;
    this.enabled = enabled;
  }

  void start(@Observes StartupEvent event) {
    if (!enabled) {
      return; // tests drive relays themselves
    }
    running = true;
    thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(5_000);
    }
  }

  private void loop() {
    long backoff = 0;
    while (running) {
      try {
        if (backoff > 0) {
          Thread.sleep(backoff);
        }
        int published = publishBatch();
        backoff = 0;
        if (published == 0) {
          signal.await(idleMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        backoff = Math.min(backoff == 0 ? 500 : backoff * 2, 10_000);
        LOG.warnf(
            "Outbox relay could not publish (retrying in %d ms): %s", backoff, e.getMessage());
      }
    }
  }

  /** Publishes one batch in one transaction; returns how many rows were published. */
  int publishBatch() {
    return QuarkusTransaction.requiringNew().call(this::publishClaimedRows);
  }

  private int publishClaimedRows() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      List<Long> sequences = new ArrayList<>();
      List<Future<RecordMetadata>> acks = new ArrayList<>();
      KafkaProducer<String, byte[]> producer = kafka.producer();
      try (PreparedStatement claim = connection.prepareStatement(CLAIM);
          ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          sequences.add(rows.getLong("seq"));
          EventEnvelope event =
              new EventEnvelope(
                  rows.getString("id"),
                  rows.getString("source"),
                  rows.getString("type"),
                  rows.getString("subject"),
                  rows.getTimestamp("occurred_at").toInstant(),
                  rows.getString("payload"));
          acks.add(
              producer.send(
                  CloudEventHeaders.toRecord(
                      rows.getString("topic"), rows.getString("event_key"), event)));
        }
      }
      if (sequences.isEmpty()) {
        return 0;
      }
      for (Future<RecordMetadata> ack : acks) {
        ack.get(20, TimeUnit.SECONDS);
      }
      delete(connection, sequences);
      return sequences.size();
    }
  }

  private static void delete(Connection connection, List<Long> sequences) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM outbox_event WHERE seq = ANY (?)")) {
      delete.setArray(1, connection.createArrayOf("bigint", sequences.toArray()));
      delete.executeUpdate();
    }
  }
}
