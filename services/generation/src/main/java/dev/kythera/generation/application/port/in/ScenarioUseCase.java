package dev.kythera.generation.application.port.in;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import dev.kythera.platform.jobs.JobSnapshot;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inbound port: QA templates — named, versioned, parameterised seed specs, run again at will. */
public interface ScenarioUseCase {

  /** A template as written: {@code spec} is a seed spec whose values may be {@code ${param}}. */
  record ScenarioDraft(
      String name, String description, List<SeedScenario.Parameter> parameters, JsonNode spec) {}

  /**
   * How to run a template: parameter values (defaults fill the rest) and optionally another
   * connection, mode or seed than the template's.
   */
  record ScenarioRun(Map<String, String> parameters, UUID connectionId, String mode, Long seed) {}

  List<SeedScenario> list(UUID projectId);

  SeedScenario get(UUID projectId, UUID id);

  SeedScenario create(UUID projectId, UUID userId, ScenarioDraft draft);

  SeedScenario update(UUID projectId, UUID id, ScenarioDraft draft);

  void delete(UUID projectId, UUID id);

  /** The template's spec with the given values, as a run would use it. */
  SeedSpec resolve(UUID projectId, UUID id, ScenarioRun run);

  JobSnapshot run(UUID projectId, UUID userId, UUID id, ScenarioRun run);
}
