package dev.kythera.patch.adapter.out.persistence;

import dev.kythera.patch.application.port.out.PatchRepository;
import dev.kythera.patch.domain.PatchFiche;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Outbound adapter (JDBC): {@link PatchRepository} on the {@code patch_fiche} table. */
@ApplicationScoped
public class JdbcPatchRepository implements PatchRepository {
  private static final String BY_PROJECT =
      "SELECT id, project_id, name, description, status, created_by, created_at, updated_at"
          + " FROM patch_fiche WHERE project_id = ? ORDER BY created_at DESC, id";

  private final AgroalDataSource dataSource;

  public JdbcPatchRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<PatchFiche> findByProject(UUID projectId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(BY_PROJECT)) {
      query.setObject(1, projectId);
      List<PatchFiche> found = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(map(rows));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the patches of project " + projectId, e);
    }
  }

  private static PatchFiche map(ResultSet rows) throws SQLException {
    return new PatchFiche(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getString("name"),
        rows.getString("description"),
        rows.getString("status"),
        rows.getObject("created_by", UUID.class),
        rows.getTimestamp("created_at").toInstant(),
        rows.getTimestamp("updated_at").toInstant());
  }
}
