package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.AuditLogRepository;
import dev.kythera.identity.domain.audit.AuditOutcome;
import dev.kythera.identity.domain.audit.AuditQuery;
import dev.kythera.identity.domain.audit.AuditRecord;
import dev.kythera.identity.domain.paging.Cursor;
import dev.kythera.identity.domain.paging.Page;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Outbound adapter (JDBC): the {@code audit_log} table. Plain JDBC because it is written from the
 * Kafka consumer thread and read with keyset paging; the unique event id makes a second insert of
 * one event a no-op.
 */
@ApplicationScoped
public class JdbcAuditLogRepository implements AuditLogRepository {
  private static final String COLUMNS =
      "seq, event_id, occurred_at, source, actor_id, actor_email, action, project_id, outcome,"
          + " request_id, details::text AS details";
  private static final String INSERT =
      "INSERT INTO audit_log (event_id, occurred_at, source, actor_id, actor_email, action,"
          + " project_id, outcome, request_id, details)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (event_id) DO NOTHING";

  private final AgroalDataSource dataSource;

  public JdbcAuditLogRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean append(AuditRecord record) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, record.eventId());
      insert.setTimestamp(2, Timestamp.from(record.occurredAt()));
      insert.setString(3, record.source());
      insert.setObject(4, record.actorId());
      insert.setString(5, record.actorEmail());
      insert.setString(6, record.action());
      insert.setObject(7, record.projectId());
      insert.setString(8, record.outcome().wireName());
      insert.setString(9, record.requestId());
      insert.setString(10, record.detailsJson());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store audit event " + record.eventId(), e);
    }
  }

  @Override
  public Page<AuditRecord> search(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE true");
    List<Object> params = new ArrayList<>();
    query.projectId().ifPresent(id -> add(sql, params, " AND project_id = ?", id));
    query.actorId().ifPresent(id -> add(sql, params, " AND actor_id = ?", id));
    query.outcome().ifPresent(o -> add(sql, params, " AND outcome = ?", o.wireName()));
    query
        .action()
        .ifPresent(
            action -> {
              if (action.endsWith("*")) {
                add(
                    sql,
                    params,
                    " AND starts_with(action, ?)",
                    action.substring(0, action.length() - 1));
              } else {
                add(sql, params, " AND action = ?", action);
              }
            });
    query.from().ifPresent(from -> add(sql, params, " AND occurred_at >= ?", Timestamp.from(from)));
    query.to().ifPresent(to -> add(sql, params, " AND occurred_at < ?", Timestamp.from(to)));
    Cursor after = query.after();
    if (after != null) {
      Timestamp time = Timestamp.from(after.time());
      sql.append(" AND (occurred_at < ? OR (occurred_at = ? AND seq < ?))");
      params.add(time);
      params.add(time);
      params.add(parseSeq(after.tieBreaker()));
    }
    sql.append(" ORDER BY occurred_at DESC, seq DESC LIMIT ?");
    params.add(query.limit() + 1);
    List<AuditRecord> rows = run(sql.toString(), params);
    List<AuditRecord> items = rows.subList(0, Math.min(rows.size(), query.limit()));
    String next = null;
    if (rows.size() > query.limit()) {
      AuditRecord last = items.get(items.size() - 1);
      next = new Cursor(last.occurredAt(), Long.toString(last.seq())).encode();
    }
    return new Page<>(items, next);
  }

  private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
    sql.append(clause);
    params.add(value);
  }

  private static long parseSeq(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw dev.kythera.kernel.error.KytheraException.invalid(
          "cursor", "is not a cursor this API gave out");
    }
  }

  private List<AuditRecord> run(String sql, List<Object> params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      List<AuditRecord> records = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          records.add(map(rows));
        }
      }
      return records;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the audit log", e);
    }
  }

  private static AuditRecord map(ResultSet rows) throws SQLException {
    Instant occurred = rows.getTimestamp("occurred_at").toInstant();
    return new AuditRecord(
        rows.getLong("seq"),
        rows.getString("event_id"),
        occurred,
        rows.getString("source"),
        rows.getObject("actor_id", UUID.class),
        rows.getString("actor_email"),
        rows.getString("action"),
        rows.getObject("project_id", UUID.class),
        AuditOutcome.fromWire(rows.getString("outcome")).orElse(AuditOutcome.SUCCESS),
        rows.getString("request_id"),
        rows.getString("details"));
  }
}
