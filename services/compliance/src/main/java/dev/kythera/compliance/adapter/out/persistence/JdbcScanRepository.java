package dev.kythera.compliance.adapter.out.persistence;

import dev.kythera.compliance.application.port.out.ScanRepository;
import dev.kythera.compliance.domain.ValidationScanRun;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Outbound adapter (JDBC): {@link ScanRepository} on the {@code validation_scan_run} table. */
@ApplicationScoped
public class JdbcScanRepository implements ScanRepository {
  private static final String BY_PROJECT =
      "SELECT id, project_id, connection_id, status, rule_count, violation_count, created_by,"
          + " started_at, completed_at FROM validation_scan_run WHERE project_id = ?"
          + " ORDER BY started_at DESC, id";

  private final AgroalDataSource dataSource;

  public JdbcScanRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<ValidationScanRun> findByProject(UUID projectId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(BY_PROJECT)) {
      query.setObject(1, projectId);
      List<ValidationScanRun> found = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(map(rows));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the scans of project " + projectId, e);
    }
  }

  private static ValidationScanRun map(ResultSet rows) throws SQLException {
    Timestamp completed = rows.getTimestamp("completed_at");
    return new ValidationScanRun(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getObject("connection_id", UUID.class),
        rows.getString("status"),
        rows.getInt("rule_count"),
        rows.getLong("violation_count"),
        rows.getObject("created_by", UUID.class),
        rows.getTimestamp("started_at").toInstant(),
        completed == null ? null : completed.toInstant());
  }
}
