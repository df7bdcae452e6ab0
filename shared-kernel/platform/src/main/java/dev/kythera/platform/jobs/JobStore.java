package dev.kythera.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.job.JobStatus;
import dev.kythera.platform.config.KytheraConfig;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Outbound adapter (JDBC): the service's own {@code job} table. State changes are conditional
 * updates ({@code WHERE status = ...}), so two replicas can never both claim or finish one job.
 */
@ApplicationScoped
public class JobStore {
  private static final String COLUMNS =
      "id, project_id, user_id, type, label, status, progress, message, params, result, error,"
          + " created_at, started_at, completed_at";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;
  private final String service;

  public JobStore(AgroalDataSource dataSource, ObjectMapper json, KytheraConfig config) {
    this.dataSource = dataSource;
    this.json = json;
    this.service = config.service();
  }

  public JobSnapshot insert(
      UUID projectId, UUID userId, String type, String label, JsonNode params) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    update(
        "INSERT INTO job (id, project_id, user_id, type, label, status, params, created_at)"
            + " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)",
        id,
        projectId,
        userId,
        type,
        label,
        write(params),
        Timestamp.from(now));
    return find(id).orElseThrow();
  }

  /** pending → running for this worker; empty when another worker (or a cancel) was first. */
  public Optional<JobSnapshot> claim(UUID id, String workerId) {
    int changed =
        update(
            "UPDATE job SET status = 'running', worker_id = ?, started_at = now(),"
                + " heartbeat_at = now(), attempts = attempts + 1"
                + " WHERE id = ? AND status = 'pending' AND NOT cancel_requested",
            workerId,
            id);
    return changed == 1 ? find(id) : Optional.empty();
  }

  public void progress(UUID id, double progress, String message) {
    update(
        "UPDATE job SET progress = ?, message = ?, heartbeat_at = now()"
            + " WHERE id = ? AND status = 'running'",
        progress,
        message,
        id);
  }

  public void heartbeat(List<UUID> ids) {
    if (!ids.isEmpty()) {
      update(
          "UPDATE job SET heartbeat_at = now() WHERE id = ANY (?) AND status = 'running'",
          (Object) ids.toArray(UUID[]::new));
    }
  }

  /** Moves a non-terminal job to a terminal state; empty if it was already terminal. */
  public Optional<JobSnapshot> finish(
      UUID id, JobStatus status, String message, JsonNode result, String error) {
    int changed =
        update(
            "UPDATE job SET status = ?, message = ?, result = ?, error = ?, completed_at = now(),"
                + " progress = CASE WHEN ? = 'done' THEN 1 ELSE progress END"
                + " WHERE id = ? AND status IN ('pending', 'running')",
            status.wireName(),
            message,
            result == null ? null : write(result),
            error,
            status.wireName(),
            id);
    return changed == 1 ? find(id) : Optional.empty();
  }

  /** Flags a job for cancellation; true when the job exists here and is not terminal. */
  public boolean requestCancel(UUID id) {
    return update(
            "UPDATE job SET cancel_requested = true"
                + " WHERE id = ? AND status IN ('pending', 'running')",
            id)
        == 1;
  }

  public Optional<JobSnapshot> find(UUID id) {
    List<JobSnapshot> rows = query("SELECT " + COLUMNS + " FROM job WHERE id = ?", id);
    return rows.stream().findFirst();
  }

  public Optional<JsonNode> params(UUID id) {
    return queryValue("SELECT params FROM job WHERE id = ?", id).map(this::read);
  }

  /** Running jobs whose worker stopped sending heartbeats. Locks them for the caller's tx. */
  public List<JobSnapshot> lockStaleRunning(int timeoutSeconds) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM job WHERE status = 'running'"
            + " AND heartbeat_at < now() - make_interval(secs => ?) FOR UPDATE SKIP LOCKED",
        timeoutSeconds);
  }

  /** Pending jobs nobody picked up for a while (lost request). Locks them for the caller's tx. */
  public List<JobSnapshot> lockStalePending(int ageSeconds) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM job WHERE status = 'pending'"
            + " AND created_at < now() - make_interval(secs => ?) FOR UPDATE SKIP LOCKED",
        ageSeconds);
  }

  public int attempts(UUID id) {
    return queryValue("SELECT attempts::text FROM job WHERE id = ?", id)
        .map(Integer::parseInt)
        .orElse(0);
  }

  public void bumpAttempts(UUID id) {
    update("UPDATE job SET attempts = attempts + 1, created_at = now() WHERE id = ?", id);
  }

  private int update(String sql, Object... args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, args);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Job store update failed", e);
    }
  }

  private List<JobSnapshot> query(String sql, Object... args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, args);
      List<JobSnapshot> jobs = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          jobs.add(map(rows));
        }
      }
      return jobs;
    } catch (SQLException e) {
      throw new IllegalStateException("Job store query failed", e);
    }
  }

  private Optional<String> queryValue(String sql, Object... args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(connection, statement, args);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Job store query failed", e);
    }
  }

  private static void bind(Connection connection, PreparedStatement statement, Object... args)
      throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg instanceof UUID[] ids) {
        statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
      } else {
        statement.setObject(i + 1, arg);
      }
    }
  }

  private JobSnapshot map(ResultSet rows) throws SQLException {
    return new JobSnapshot(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getObject("user_id", UUID.class),
        service,
        rows.getString("type"),
        rows.getString("label"),
        rows.getString("status"),
        rows.getDouble("progress"),
        rows.getString("message"),
        read(rows.getString("result")),
        rows.getString("error"),
        instant(rows.getTimestamp("created_at")),
        instant(rows.getTimestamp("started_at")),
        instant(rows.getTimestamp("completed_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private String write(JsonNode node) {
    try {
      return node == null ? "{}" : json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Job JSON cannot be written", e);
    }
  }

  private JsonNode read(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored job JSON is not valid", e);
    }
  }
}
