package dev.kythera.introspection.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.introspection.application.port.out.ReferenceRepository;
import dev.kythera.introspection.domain.knowledge.Reference;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code reference_definition} table; values stored as JSON. */
@ApplicationScoped
public class JdbcReferenceRepository implements ReferenceRepository {
  private static final String COLUMNS =
      "id, project_id, connection_id, name, kind, source, allowed_values, created_by, created_at,"
          + " updated_at";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public JdbcReferenceRepository(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public void save(Reference r) {
    String values;
    try {
      values = json.writeValueAsString(r.values());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Sql.update(
        dataSource,
        "INSERT INTO reference_definition ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
            + " kind = EXCLUDED.kind, source = EXCLUDED.source,"
            + " allowed_values = EXCLUDED.allowed_values, updated_at = EXCLUDED.updated_at",
        statement -> {
          statement.setObject(1, r.id());
          statement.setObject(2, r.projectId());
          statement.setObject(3, r.connectionId());
          statement.setString(4, r.name());
          statement.setString(5, r.kind());
          statement.setString(6, r.source());
          statement.setString(7, values);
          statement.setObject(8, r.createdBy());
          statement.setTimestamp(9, Timestamp.from(r.createdAt()));
          statement.setTimestamp(10, Timestamp.from(r.updatedAt()));
        });
  }

  @Override
  public Optional<Reference> find(UUID projectId, UUID id) {
    return Sql.query(
            dataSource,
            "SELECT " + COLUMNS + " FROM reference_definition WHERE project_id = ? AND id = ?",
            this::read,
            projectId,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public List<Reference> list(UUID projectId, UUID connectionId) {
    return Sql.query(
        dataSource,
        "SELECT "
            + COLUMNS
            + " FROM reference_definition WHERE project_id = ? AND connection_id = ?"
            + " ORDER BY name",
        this::read,
        projectId,
        connectionId);
  }

  @Override
  public boolean delete(UUID projectId, UUID id) {
    return Sql.deleteOwned(dataSource, "reference_definition", projectId, id);
  }

  private Reference read(ResultSet rows) throws SQLException {
    try {
      return new Reference(
          rows.getObject("id", UUID.class),
          rows.getObject("project_id", UUID.class),
          rows.getObject("connection_id", UUID.class),
          rows.getString("name"),
          rows.getString("kind"),
          rows.getString("source"),
          json.readValue(rows.getString("allowed_values"), STRINGS),
          rows.getObject("created_by", UUID.class),
          rows.getTimestamp("created_at").toInstant(),
          rows.getTimestamp("updated_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new SQLException("Unreadable reference values", e);
    }
  }
}
