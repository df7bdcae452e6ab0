package dev.kythera.generation.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.generation.application.port.out.SeedHistoryRepository;
import dev.kythera.generation.domain.seed.history.SeedHistory;
import dev.kythera.generation.domain.seed.history.SeedHistory.TableCount;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code seed_history} table. */
@ApplicationScoped
public class JdbcSeedHistoryRepository implements SeedHistoryRepository {
  private static final String COLUMNS =
      "id, project_id, connection_id, snapshot_id, job_id, scenario_id, strategy, mode, seed,"
          + " status, outcome, total_rows, tables, request, integrity, error, created_by,"
          + " started_at, finished_at";
  private static final TypeReference<List<TableCount>> COUNTS = new TypeReference<>() {};

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public JdbcSeedHistoryRepository(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public void insert(SeedHistory h) {
    Jdbc.update(
        dataSource,
        "INSERT INTO seed_history (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        h.id(),
        h.projectId(),
        h.connectionId(),
        h.snapshotId(),
        h.jobId(),
        h.scenarioId(),
        h.strategy(),
        h.mode(),
        h.seed(),
        h.status(),
        h.outcome(),
        h.totalRows(),
        new Jdbc.Json(write(h.tables())),
        new Jdbc.Json(h.request()),
        h.integrity() == null ? null : new Jdbc.Json(h.integrity()),
        h.error(),
        h.createdBy(),
        h.startedAt(),
        h.finishedAt());
  }

  @Override
  public void finish(SeedHistory h) {
    Jdbc.update(
        dataSource,
        "UPDATE seed_history SET status = ?, outcome = ?, tables = ?, integrity = ?, error = ?,"
            + " finished_at = ? WHERE id = ?",
        h.status(),
        h.outcome(),
        new Jdbc.Json(write(h.tables())),
        h.integrity() == null ? null : new Jdbc.Json(h.integrity()),
        h.error(),
        h.finishedAt(),
        h.id());
  }

  @Override
  public List<SeedHistory> list(UUID projectId, int limit) {
    return Jdbc.query(
        dataSource,
        "SELECT "
            + COLUMNS
            + " FROM seed_history WHERE project_id = ? ORDER BY started_at DESC LIMIT ?",
        this::read,
        projectId,
        limit);
  }

  @Override
  public Optional<SeedHistory> get(UUID projectId, UUID id) {
    return Jdbc.query(
            dataSource,
            "SELECT " + COLUMNS + " FROM seed_history WHERE project_id = ? AND id = ?",
            this::read,
            projectId,
            id)
        .stream()
        .findFirst();
  }

  private SeedHistory read(ResultSet rows) throws SQLException {
    try {
      return new SeedHistory(
          rows.getObject("id", UUID.class),
          rows.getObject("project_id", UUID.class),
          rows.getObject("connection_id", UUID.class),
          rows.getObject("snapshot_id", UUID.class),
          rows.getObject("job_id", UUID.class),
          rows.getObject("scenario_id", UUID.class),
          rows.getString("strategy"),
          rows.getString("mode"),
          rows.getLong("seed"),
          rows.getString("status"),
          rows.getString("outcome"),
          rows.getLong("total_rows"),
          json.readValue(rows.getString("tables"), COUNTS),
          rows.getString("request"),
          rows.getString("integrity"),
          rows.getString("error"),
          rows.getObject("created_by", UUID.class),
          Jdbc.instant(rows, "started_at"),
          Jdbc.instant(rows, "finished_at"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable seed history row", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
