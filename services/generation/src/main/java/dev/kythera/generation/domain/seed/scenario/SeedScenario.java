package dev.kythera.generation.domain.seed.scenario;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A QA template (the reference's SeedScenario): a named seed spec whose values may be parameters
 * written {@code ${name}}, re-runnable with other values. Every change raises the version.
 *
 * @param spec the seed spec as JSON text, placeholders included
 */
public record SeedScenario(
    UUID id,
    UUID projectId,
    String name,
    String description,
    int version,
    List<Parameter> parameters,
    String spec,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public SeedScenario {
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
  }

  public SeedScenario withParameters(List<Parameter> others) {
    return new SeedScenario(
        id, projectId, name, description, version, others, spec, createdBy, createdAt, updatedAt);
  }

  /** A parameter with its default value (text; numbers are converted where the spec needs one). */
  public record Parameter(String name, String description, String defaultValue) {}
}
