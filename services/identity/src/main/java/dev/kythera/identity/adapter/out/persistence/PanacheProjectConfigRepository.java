package dev.kythera.identity.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.identity.application.port.out.ProjectConfigRepository;
import dev.kythera.identity.domain.config.Environment;
import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Outbound adapter (PostgreSQL, jsonb columns via native SQL): {@link ProjectConfigRepository}. */
@ApplicationScoped
public class PanacheProjectConfigRepository implements ProjectConfigRepository {
  private static final String UPSERT =
      "INSERT INTO project_config (project_id, environments, defaults, updated_at, updated_by)"
          + " VALUES (?1, CAST(?2 AS jsonb), CAST(?3 AS jsonb), ?4, ?5)"
          + " ON CONFLICT (project_id) DO UPDATE SET environments = EXCLUDED.environments,"
          + " defaults = EXCLUDED.defaults, updated_at = EXCLUDED.updated_at,"
          + " updated_by = EXCLUDED.updated_by";
  private static final String SELECT =
      "SELECT environments::text, defaults::text, updated_at, updated_by FROM project_config"
          + " WHERE project_id = ?1";

  private final EntityManager entityManager;
  private final ObjectMapper json;

  public PanacheProjectConfigRepository(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<ProjectConfig> find(ProjectId projectId) {
    List<Object[]> rows =
        entityManager.createNativeQuery(SELECT).setParameter(1, projectId.value()).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    try {
      List<Environment> environments = new ArrayList<>();
      for (JsonNode node : json.readTree((String) row[0])) {
        environments.add(
            new Environment(
                node.path("name").asText(),
                node.path("production").asBoolean(false),
                node.hasNonNull("description") ? node.get("description").asText() : null));
      }
      return Optional.of(
          new ProjectConfig(
              projectId,
              environments,
              (String) row[1],
              Rows.instant(row[2]),
              row[3] == null ? null : new UserId(Rows.uuid(row[3]))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("project_config of " + projectId + " is not JSON", e);
    }
  }

  @Override
  public void save(ProjectConfig config) {
    ArrayNode environments = json.createArrayNode();
    for (Environment environment : config.environments()) {
      ObjectNode node = environments.addObject();
      node.put("name", environment.name());
      node.put("production", environment.production());
      if (environment.description() != null) {
        node.put("description", environment.description());
      }
    }
    entityManager
        .createNativeQuery(UPSERT)
        .setParameter(1, config.projectId().value())
        .setParameter(2, environments.toString())
        .setParameter(3, config.defaultsJson())
        .setParameter(4, config.updatedAt())
        .setParameter(5, config.updatedBy() == null ? null : config.updatedBy().value())
        .executeUpdate();
  }
}
