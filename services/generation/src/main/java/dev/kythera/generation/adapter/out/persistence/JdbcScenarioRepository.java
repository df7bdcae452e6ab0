package dev.kythera.generation.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.generation.application.port.out.ScenarioRepository;
import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound adapter (JDBC): the {@code seed_scenario} table. */
@ApplicationScoped
public class JdbcScenarioRepository implements ScenarioRepository {
  private static final String COLUMNS =
      "id, project_id, name, description, version, parameters, spec, created_by, created_at,"
          + " updated_at";
  private static final TypeReference<List<SeedScenario.Parameter>> PARAMETERS =
      new TypeReference<>() {};

  private final AgroalDataSource dataSource;
  private final ObjectMapper json;

  public JdbcScenarioRepository(AgroalDataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public void save(SeedScenario s) {
    try {
      Jdbc.update(
          dataSource,
          "INSERT INTO seed_scenario ("
              + COLUMNS
              + ") VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET name ="
              + " EXCLUDED.name, description = EXCLUDED.description, version = EXCLUDED.version,"
              + " parameters = EXCLUDED.parameters, spec = EXCLUDED.spec, updated_at ="
              + " EXCLUDED.updated_at",
          s.id(),
          s.projectId(),
          s.name(),
          s.description(),
          s.version(),
          new Jdbc.Json(json.writeValueAsString(s.parameters())),
          new Jdbc.Json(s.spec()),
          s.createdBy(),
          s.createdAt(),
          s.updatedAt());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<SeedScenario> list(UUID projectId) {
    return Jdbc.query(
        dataSource,
        "SELECT " + COLUMNS + " FROM seed_scenario WHERE project_id = ? ORDER BY name",
        this::read,
        projectId);
  }

  @Override
  public Optional<SeedScenario> get(UUID projectId, UUID id) {
    return Jdbc.query(
            dataSource,
            "SELECT " + COLUMNS + " FROM seed_scenario WHERE project_id = ? AND id = ?",
            this::read,
            projectId,
            id)
        .stream()
        .findFirst();
  }

  @Override
  public boolean nameTaken(UUID projectId, String name, UUID except) {
    return !Jdbc.query(
            dataSource,
            "SELECT 1 FROM seed_scenario WHERE project_id = ? AND lower(name) = lower(?) AND id <> ?",
            rows -> 1,
            projectId,
            name,
            except == null ? new UUID(0, 0) : except)
        .isEmpty();
  }

  @Override
  public boolean delete(UUID projectId, UUID id) {
    return Jdbc.update(
            dataSource, "DELETE FROM seed_scenario WHERE project_id = ? AND id = ?", projectId, id)
        > 0;
  }

  private SeedScenario read(ResultSet rows) throws SQLException {
    try {
      return new SeedScenario(
          rows.getObject("id", UUID.class),
          rows.getObject("project_id", UUID.class),
          rows.getString("name"),
          rows.getString("description"),
          rows.getInt("version"),
          json.readValue(rows.getString("parameters"), PARAMETERS),
          rows.getString("spec"),
          rows.getObject("created_by", UUID.class),
          Jdbc.instant(rows, "created_at"),
          Jdbc.instant(rows, "updated_at"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable scenario row", e);
    }
  }
}
