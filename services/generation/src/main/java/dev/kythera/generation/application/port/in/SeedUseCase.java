package dev.kythera.generation.application.port.in;

import dev.kythera.generation.domain.seed.history.SeedHistory;
import dev.kythera.platform.jobs.JobSnapshot;
import java.util.List;
import java.util.UUID;

/**
 * Inbound port: plan a seed, preview it without writing (dry run), run it as a job, read the
 * history. Invalid plans are refused (400, every problem with its field) before anything starts;
 * plans above the caller's plan limit answer 402.
 */
public interface SeedUseCase {
  SeedPlanView plan(UUID projectId, SeedSpec spec);

  SeedPlanView.Preview preview(UUID projectId, SeedSpec spec, int rowsPerTable);

  JobSnapshot start(UUID projectId, UUID userId, SeedSpec spec, UUID scenarioId);

  List<SeedHistory> history(UUID projectId, int limit);

  SeedHistory history(UUID projectId, UUID id);
}
