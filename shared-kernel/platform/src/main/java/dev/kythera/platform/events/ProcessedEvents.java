package dev.kythera.platform.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Remembers which events a consumer already handled, so a redelivery changes nothing. */
@ApplicationScoped
public class ProcessedEvents {
  private final AgroalDataSource dataSource;

  public ProcessedEvents(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Records the event for this consumer in the current transaction; returns false when it was
   * recorded before (then the caller must skip it).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstTime(String consumer, String eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
      insert.setString(1, consumer);
      insert.setString(2, eventId);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record processed event", e);
    }
  }
}
