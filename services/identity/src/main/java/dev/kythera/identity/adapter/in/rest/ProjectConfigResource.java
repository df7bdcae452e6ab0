package dev.kythera.identity.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.application.port.in.ProjectConfigUseCase;
import dev.kythera.identity.domain.config.Environment;
import dev.kythera.identity.domain.config.ProjectConfig;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST): a project's configuration, {@code {environments: [...], defaults:
 * {...}}}. Environments are objects {@code {name, production?, description?}} (a bare string is a
 * name); {@code defaults} is any JSON object up to 64 KiB.
 */
@Path("/api/projects/{projectId}/config")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectConfigResource {
  private static final Set<String> TOP = Set.of("environments", "defaults");
  private static final Set<String> ENVIRONMENT = Set.of("name", "production", "description");

  private final ProjectConfigUseCase configs;
  private final CallerContext caller;
  private final CurrentActor actor;
  private final ObjectMapper json;

  public ProjectConfigResource(
      ProjectConfigUseCase configs, CallerContext caller, CurrentActor actor, ObjectMapper json) {
    this.configs = configs;
    this.caller = caller;
    this.actor = actor;
    this.json = json;
  }

  /** The configuration as stored; {@code updatedAt} is null while nobody configured the project. */
  public record ConfigResponse(
      UUID projectId,
      List<Environment> environments,
      @JsonRawValue String defaults,
      Instant updatedAt,
      UUID updatedBy) {
    static ConfigResponse of(ProjectConfig config) {
      return new ConfigResponse(
          config.projectId().value(),
          config.environments(),
          config.defaultsJson(),
          config.updatedAt(),
          config.updatedBy() == null ? null : config.updatedBy().value());
    }
  }

  @GET
  @Transactional
  @Operation(summary = "The project's configuration (members)")
  public ConfigResponse get(@PathParam("projectId") String projectId) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.READ);
    return ConfigResponse.of(configs.get(actor.get(), id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Replace the project's configuration (project admin)")
  public ConfigResponse put(@PathParam("projectId") String projectId, JsonNode request) {
    ProjectId id = ProjectId.parse(projectId);
    caller.requireProject(id.value(), ProjectPermission.ADMIN);
    return ConfigResponse.of(configs.replace(actor.get(), read(id, RestCallers.body(request))));
  }

  private ProjectConfig read(ProjectId id, JsonNode body) {
    if (!body.isObject()) {
      throw malformed(null, "The configuration must be a JSON object");
    }
    unknownFields(body, TOP, "");
    JsonNode environments = body.path("environments");
    if (!environments.isMissingNode() && !environments.isNull() && !environments.isArray()) {
      throw malformed("environments", "environments must be an array");
    }
    JsonNode defaults = body.path("defaults");
    if (!defaults.isMissingNode() && !defaults.isNull() && !defaults.isObject()) {
      throw malformed("defaults", "defaults must be a JSON object");
    }
    List<Environment> list = new ArrayList<>();
    int index = 0;
    for (JsonNode node : environments.isArray() ? environments : json.createArrayNode()) {
      list.add(environment(node, "environments[" + index++ + "]"));
    }
    String defaultsJson = defaults.isObject() ? defaults.toString() : "{}";
    return new ProjectConfig(id, list, defaultsJson, null, null);
  }

  private static Environment environment(JsonNode node, String field) {
    if (node.isTextual()) {
      return new Environment(node.asText(), false, null);
    }
    if (!node.isObject()) {
      throw malformed(field, field + " must be an object or a name");
    }
    unknownFields(node, ENVIRONMENT, field + ".");
    JsonNode name = node.get("name");
    JsonNode production = node.get("production");
    JsonNode description = node.get("description");
    if (name != null && !name.isNull() && !name.isTextual()) {
      throw malformed(field + ".name", field + ".name must be text");
    }
    if (production != null && !production.isNull() && !production.isBoolean()) {
      throw malformed(field + ".production", field + ".production must be true or false");
    }
    if (description != null && !description.isNull() && !description.isTextual()) {
      throw malformed(field + ".description", field + ".description must be text");
    }
    return new Environment(
        name == null || name.isNull() ? null : name.asText(),
        production != null && production.asBoolean(false),
        description == null || description.isNull() ? null : description.asText());
  }

  private static void unknownFields(JsonNode node, Set<String> allowed, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw malformed(prefix + name, "Unknown field '" + prefix + name + "'");
      }
    }
  }

  private static KytheraException malformed(String field, String detail) {
    KytheraException e = new KytheraException(ErrorCode.VALIDATION_FAILED, detail);
    return field == null ? e : e.withField(field, detail);
  }
}
