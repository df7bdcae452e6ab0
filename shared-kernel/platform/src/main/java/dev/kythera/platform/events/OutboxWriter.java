package dev.kythera.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.platform.config.KytheraConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Outbound port adapter (outbox): records an event in the caller's transaction. The event is
 * published by {@link OutboxRelay} after commit, so an event exists if and only if the change that
 * caused it was committed — and a Kafka outage loses nothing.
 */
@ApplicationScoped
public class OutboxWriter {
  private static final String INSERT =
      "INSERT INTO outbox_event (id, topic, event_key, type, source, subject, occurred_at, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxSignal signal;
  private final String source;

  public OutboxWriter(
      AgroalDataSource dataSource,
      ObjectMapper json,
      TransactionSynchronizationRegistry transactions,
      OutboxSignal signal,
      KytheraConfig config) {
    this.dataSource = dataSource;
    this.json = json;
    this.transactions = transactions;
    this.signal = signal;
    this.source = "/kythera/" + config.service();
  }

  /** Appends one event; must run inside a transaction. Returns the event id. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID append(String topic, String key, String type, String subject, Object data) {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, id);
      insert.setString(2, topic);
      insert.setString(3, key);
      insert.setString(4, type);
      insert.setString(5, source);
      insert.setString(6, subject);
      insert.setTimestamp(7, Timestamp.from(Instant.now()));
      insert.setString(8, data instanceof String text ? text : json.writeValueAsString(data));
      insert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Cannot write outbox event " + type, e);
    }
    transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(signal));
    return id;
  }

  private record WakeRelayAfterCommit(OutboxSignal signal) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        signal.wake();
      }
    }
  }
}
