package dev.kythera.identity.domain.config;

import dev.kythera.identity.domain.validation.Violations;
import dev.kythera.kernel.id.ProjectId;
import dev.kythera.kernel.id.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Entity: a project's settings. {@code defaultsJson} is a JSON object (text) whose keys other
 * services read (guard rails, seed defaults); identity only bounds its size.
 *
 * @param updatedAt null while the project still has the default (empty) configuration
 */
public record ProjectConfig(
    ProjectId projectId,
    List<Environment> environments,
    String defaultsJson,
    Instant updatedAt,
    UserId updatedBy) {

  public static final int MAX_ENVIRONMENTS = 20;

  /** Bound of the whole stored document (environments and defaults), in UTF-8 bytes. */
  public static final int MAX_BYTES = 64 * 1024;

  public ProjectConfig {
    Objects.requireNonNull(projectId, "projectId");
    environments = List.copyOf(environments);
    defaultsJson = defaultsJson == null ? "{}" : defaultsJson;
    Violations violations = new Violations();
    violations.check(
        environments.size() <= MAX_ENVIRONMENTS,
        "environments",
        "must have at most " + MAX_ENVIRONMENTS + " entries");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < environments.size(); i++) {
      Environment environment = environments.get(i);
      String field = "environments[" + i + "]";
      violations.check(Environment.nameProblem(environment.name()), field + ".name");
      violations.check(
          Environment.descriptionProblem(environment.description()), field + ".description");
      if (environment.name() != null && !names.add(environment.name())) {
        violations.check(false, field + ".name", "is used twice");
      }
    }
    violations.check(
        defaultsJson.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES,
        "defaults",
        "must be at most " + MAX_BYTES + " bytes");
    violations.throwIfAny();
  }

  /** The configuration of a project nobody configured yet. */
  public static ProjectConfig empty(ProjectId projectId) {
    return new ProjectConfig(projectId, List.of(), "{}", null, null);
  }
}
