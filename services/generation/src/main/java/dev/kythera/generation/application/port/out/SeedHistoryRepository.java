package dev.kythera.generation.application.port.out;

import dev.kythera.generation.domain.seed.history.SeedHistory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the project's seed history, in generation's own schema. */
public interface SeedHistoryRepository {
  void insert(SeedHistory history);

  void finish(SeedHistory history);

  List<SeedHistory> list(UUID projectId, int limit);

  Optional<SeedHistory> get(UUID projectId, UUID id);
}
