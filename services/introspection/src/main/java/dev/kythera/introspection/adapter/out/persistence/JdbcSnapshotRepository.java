package dev.kythera.introspection.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.introspection.application.port.out.SnapshotRepository;
import dev.kythera.introspection.domain.snapshot.Snapshot;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.schema.SchemaModel;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Outbound adapter (JDBC): the {@code schema_snapshot} table. Models are stored as gzipped JSON: a
 * 1,000-table model is a few MB of JSON and a tenth of that compressed, and nothing queries inside
 * it.
 */
@ApplicationScoped
public class JdbcSnapshotRepository implements SnapshotRepository {
  private static final String SUMMARY =
      "id, project_id, connection_id, job_id, captured_at, engine, server_version, database_name,"
          + " table_count, view_count, column_count, foreign_key_count, duration_ms";

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public JdbcSnapshotRepository(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public void insert(SnapshotSummary s, SchemaModel model, UUID createdBy) {
    byte[] compressed = gzip(model);
    Sql.update(
        dataSource,
        "INSERT INTO schema_snapshot ("
            + SUMMARY
            + ", model_gzip, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        statement -> {
          statement.setObject(1, s.id());
          statement.setObject(2, s.projectId());
          statement.setObject(3, s.connectionId());
          statement.setObject(4, s.jobId());
          statement.setTimestamp(5, Timestamp.from(s.capturedAt()));
          statement.setString(6, s.engine());
          statement.setString(7, s.serverVersion());
          statement.setString(8, s.database());
          statement.setInt(9, s.tableCount());
          statement.setInt(10, s.viewCount());
          statement.setInt(11, s.columnCount());
          statement.setInt(12, s.foreignKeyCount());
          statement.setLong(13, s.durationMs());
          statement.setBytes(14, compressed);
          statement.setObject(15, createdBy);
        });
  }

  @Override
  public List<SnapshotSummary> list(UUID projectId, Optional<UUID> connectionId) {
    String sql =
        "SELECT "
            + SUMMARY
            + " FROM schema_snapshot WHERE project_id = ?"
            + (connectionId.isPresent() ? " AND connection_id = ?" : "")
            + " ORDER BY captured_at DESC LIMIT 200";
    Object[] parameters =
        connectionId.isPresent()
            ? new Object[] {projectId, connectionId.get()}
            : new Object[] {projectId};
    return Sql.query(dataSource, sql, JdbcSnapshotRepository::summary, parameters);
  }

  @Override
  public Optional<Snapshot> find(UUID projectId, UUID snapshotId) {
    String sql =
        "SELECT " + SUMMARY + ", model_gzip FROM schema_snapshot WHERE project_id = ? AND id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, projectId);
      statement.setObject(2, snapshotId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(new Snapshot(summary(rows), gunzip(rows.getBytes("model_gzip"))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read snapshot " + snapshotId, e);
    }
  }

  @Override
  public Optional<SnapshotSummary> latest(UUID projectId, UUID connectionId) {
    return list(projectId, Optional.of(connectionId)).stream().findFirst();
  }

  @Override
  public boolean delete(UUID projectId, UUID snapshotId) {
    return Sql.deleteOwned(dataSource, "schema_snapshot", projectId, snapshotId);
  }

  private static SnapshotSummary summary(ResultSet rows) throws SQLException {
    return new SnapshotSummary(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getObject("connection_id", UUID.class),
        rows.getObject("job_id", UUID.class),
        rows.getTimestamp("captured_at").toInstant(),
        rows.getString("engine"),
        rows.getString("server_version"),
        rows.getString("database_name"),
        rows.getInt("table_count"),
        rows.getInt("view_count"),
        rows.getInt("column_count"),
        rows.getInt("foreign_key_count"),
        rows.getLong("duration_ms"));
  }

  private byte[] gzip(SchemaModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
      json.writeValue(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialise a schema model", e);
    }
    return bytes.toByteArray();
  }

  private SchemaModel gunzip(byte[] compressed) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16)) {
      return json.readValue(in, SchemaModel.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a stored schema model", e);
    }
  }
}
