package dev.kythera.identity.adapter.out.persistence;

import dev.kythera.identity.application.port.out.JobProjectionRepository;
import dev.kythera.identity.domain.job.JobView;
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

/** Outbound adapter (JDBC): the {@code job_projection} table. */
@ApplicationScoped
public class JdbcJobProjectionRepository implements JobProjectionRepository {
  private static final String COLUMNS =
      "id, project_id, user_id, service, type, label, status, progress, message, result, error,"
          + " created_at, started_at, completed_at";

  // A late progress event must not overwrite a final state: terminal rows only change to
  // themselves.
  private static final String UPSERT =
      "INSERT INTO job_projection ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status,"
          + " progress = EXCLUDED.progress, message = EXCLUDED.message, result = EXCLUDED.result,"
          + " error = EXCLUDED.error, started_at = EXCLUDED.started_at,"
          + " completed_at = EXCLUDED.completed_at, updated_at = now()"
          + " WHERE job_projection.status NOT IN ('done', 'error', 'cancelled')";

  private final AgroalDataSource dataSource;

  public JdbcJobProjectionRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void upsert(JobView job) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setObject(1, job.id());
      upsert.setObject(2, job.projectId());
      upsert.setObject(3, job.userId());
      upsert.setString(4, job.service());
      upsert.setString(5, job.type());
      upsert.setString(6, job.label());
      upsert.setString(7, job.status());
      upsert.setDouble(8, job.progress());
      upsert.setString(9, job.message());
      upsert.setString(10, job.resultJson());
      upsert.setString(11, job.error());
      upsert.setTimestamp(12, timestamp(job.createdAt()));
      upsert.setTimestamp(13, timestamp(job.startedAt()));
      upsert.setTimestamp(14, timestamp(job.completedAt()));
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store job projection", e);
    }
  }

  @Override
  public Optional<JobView> find(UUID jobId) {
    return query("SELECT " + COLUMNS + " FROM job_projection WHERE id = ?", jobId).stream()
        .findFirst();
  }

  @Override
  public List<JobView> list(UUID projectId, String status, int limit) {
    if (status == null) {
      return query(
          "SELECT "
              + COLUMNS
              + " FROM job_projection WHERE project_id = ? ORDER BY created_at DESC LIMIT ?",
          projectId,
          limit);
    }
    return query(
        "SELECT "
            + COLUMNS
            + " FROM job_projection WHERE project_id = ? AND status = ?"
            + " ORDER BY created_at DESC LIMIT ?",
        projectId,
        status,
        limit);
  }

  private List<JobView> query(String sql, Object... args) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      List<JobView> jobs = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          jobs.add(map(rows));
        }
      }
      return jobs;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read job projection", e);
    }
  }

  private static JobView map(ResultSet rows) throws SQLException {
    return new JobView(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getObject("user_id", UUID.class),
        rows.getString("service"),
        rows.getString("type"),
        rows.getString("label"),
        rows.getString("status"),
        rows.getDouble("progress"),
        rows.getString("message"),
        rows.getString("result"),
        rows.getString("error"),
        instant(rows.getTimestamp("created_at")),
        instant(rows.getTimestamp("started_at")),
        instant(rows.getTimestamp("completed_at")));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
