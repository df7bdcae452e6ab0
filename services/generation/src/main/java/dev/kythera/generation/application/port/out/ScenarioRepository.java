package dev.kythera.generation.application.port.out;

import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the project's QA templates. */
public interface ScenarioRepository {
  void save(SeedScenario scenario);

  List<SeedScenario> list(UUID projectId);

  Optional<SeedScenario> get(UUID projectId, UUID id);

  boolean nameTaken(UUID projectId, String name, UUID except);

  boolean delete(UUID projectId, UUID id);
}
