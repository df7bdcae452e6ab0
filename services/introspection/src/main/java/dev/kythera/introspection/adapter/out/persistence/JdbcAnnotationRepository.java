package dev.kythera.introspection.adapter.out.persistence;

import dev.kythera.introspection.application.port.out.AnnotationRepository;
import dev.kythera.introspection.domain.knowledge.Annotation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code annotation} table. */
@ApplicationScoped
public class JdbcAnnotationRepository implements AnnotationRepository {
  private static final String COLUMNS =
      "id, project_id, connection_id, target, body, created_by, created_at, updated_at";

  private final AgroalDataSource dataSource;

  public JdbcAnnotationRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void save(Annotation a) {
    Sql.update(
        dataSource,
        "INSERT INTO annotation ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body,"
            + " updated_at = EXCLUDED.updated_at",
        statement -> {
          statement.setObject(1, a.id());
          statement.setObject(2, a.projectId());
          statement.setObject(3, a.connectionId());
          statement.setString(4, a.target());
          statement.setString(5, a.body());
          statement.setObject(6, a.createdBy());
          statement.setTimestamp(7, Timestamp.from(a.createdAt()));
          statement.setTimestamp(8, Timestamp.from(a.updatedAt()));
        });
  }

  @Override
  public Optional<Annotation> find(UUID projectId, UUID id) {
    return Sql.query(
            dataSource,
            "SELECT " + COLUMNS + " FROM annotation WHERE project_id = ? AND id = ?",
            JdbcAnnotationRepository::read,
            projectId,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public List<Annotation> list(UUID projectId, UUID connectionId) {
    return Sql.query(
        dataSource,
        "SELECT "
            + COLUMNS
            + " FROM annotation WHERE project_id = ? AND connection_id = ?"
            + " ORDER BY target, created_at",
        JdbcAnnotationRepository::read,
        projectId,
        connectionId);
  }

  @Override
  public boolean delete(UUID projectId, UUID id) {
    return Sql.deleteOwned(dataSource, "annotation", projectId, id);
  }

  private static Annotation read(ResultSet rows) throws SQLException {
    return new Annotation(
        rows.getObject("id", UUID.class),
        rows.getObject("project_id", UUID.class),
        rows.getObject("connection_id", UUID.class),
        rows.getString("target"),
        rows.getString("body"),
        rows.getObject("created_by", UUID.class),
        rows.getTimestamp("created_at").toInstant(),
        rows.getTimestamp("updated_at").toInstant());
  }
}
