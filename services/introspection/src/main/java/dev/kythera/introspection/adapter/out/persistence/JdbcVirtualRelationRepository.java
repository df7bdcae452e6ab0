package dev.kythera.introspection.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.introspection.application.port.out.VirtualRelationRepository;
import dev.kythera.introspection.domain.knowledge.VirtualRelation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code virtual_relation} table; column lists stored as JSON. */
@ApplicationScoped
public class JdbcVirtualRelationRepository implements VirtualRelationRepository {
  private static final String COLUMNS =
      "id, project_id, connection_id, from_table, from_columns, to_table, to_columns, status,"
          + " created_by, created_at";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public JdbcVirtualRelationRepository(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public VirtualRelation upsert(VirtualRelation r) {
    String from = text(r.fromColumns());
    String to = text(r.toColumns());
    Sql.update(
        dataSource,
        "INSERT INTO virtual_relation ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT ON CONSTRAINT virtual_relation_unique"
            + " DO UPDATE SET status = EXCLUDED.status",
        statement -> {
          statement.setObject(1, r.id());
          statement.setObject(2, r.projectId());
          statement.setObject(3, r.connectionId());
          statement.setString(4, r.fromTable());
          statement.setString(5, from);
          statement.setString(6, r.toTable());
          statement.setString(7, to);
          statement.setString(8, r.status().name());
          statement.setObject(9, r.createdBy());
          statement.setTimestamp(10, Timestamp.from(r.createdAt()));
        });
    return list(r.projectId(), r.connectionId()).stream()
        .filter(
            stored ->
                stored.fromTable().equals(r.fromTable())
                    && stored.fromColumns().equals(r.fromColumns())
                    && stored.toTable().equals(r.toTable())
                    && stored.toColumns().equals(r.toColumns()))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public List<VirtualRelation> list(UUID projectId, UUID connectionId) {
    return Sql.query(
        dataSource,
        "SELECT "
            + COLUMNS
            + " FROM virtual_relation WHERE project_id = ? AND connection_id = ?"
            + " ORDER BY from_table, to_table",
        this::read,
        projectId,
        connectionId);
  }

  @Override
  public boolean delete(UUID projectId, UUID id) {
    return Sql.deleteOwned(dataSource, "virtual_relation", projectId, id);
  }

  private String text(List<String> columns) {
    try {
      return json.writeValueAsString(columns);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private VirtualRelation read(ResultSet rows) throws SQLException {
    try {
      return new VirtualRelation(
          rows.getObject("id", UUID.class),
          rows.getObject("project_id", UUID.class),
          rows.getObject("connection_id", UUID.class),
          rows.getString("from_table"),
          json.readValue(rows.getString("from_columns"), STRINGS),
          rows.getString("to_table"),
          json.readValue(rows.getString("to_columns"), STRINGS),
          VirtualRelation.Status.valueOf(rows.getString("status")),
          rows.getObject("created_by", UUID.class),
          rows.getTimestamp("created_at").toInstant());
    } catch (JsonProcessingException e) {
      throw new SQLException("Unreadable relation columns", e);
    }
  }
}
