package dev.kythera.generation.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.generation.application.port.in.SeedPlanView;
import dev.kythera.generation.application.port.in.SeedPlanView.TablePreview;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.application.port.in.SeedUseCase;
import dev.kythera.generation.application.port.out.SchemaSource;
import dev.kythera.generation.application.port.out.SchemaSource.SourceSchema;
import dev.kythera.generation.application.port.out.SeedHistoryRepository;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.port.out.SeedTargets;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.InvalidSeedPlan;
import dev.kythera.generation.domain.seed.PlanProblem;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.history.SeedHistory;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.plan.PlanCatalogue;
import dev.kythera.kernel.plan.PlanLimit;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.platform.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed use cases: plan from the connection's snapshot, preview without writing, submit the run
 * as a {@code generation.seed} job, read the history.
 */
@ApplicationScoped
public class SeedService implements SeedUseCase {
  static final int MAX_PREVIEW_ROWS = 100;

  private final SchemaSource schemas;
  private final SeedTargets targets;
  private final SeedHistoryRepository histories;
  private final Jobs jobs;
  private final CallerContext caller;
  private final ObjectMapper json;

  public SeedService(
      SchemaSource schemas,
      SeedTargets targets,
      SeedHistoryRepository histories,
      Jobs jobs,
      CallerContext caller,
      ObjectMapper json) {
    this.schemas = schemas;
    this.targets = targets;
    this.histories = histories;
    this.jobs = jobs;
    this.caller = caller;
    this.json = json;
  }

  /** A plan with the snapshot it came from. */
  record Planned(
      SourceSchema source, SeedPlan plan, long rowLimit, Map<String, List<String>> references) {}

  @Override
  public SeedPlanView plan(UUID projectId, SeedSpec spec) {
    Planned planned = planned(projectId, spec);
    return view(planned);
  }

  @Override
  public SeedPlanView.Preview preview(UUID projectId, SeedSpec spec, int rowsPerTable) {
    if (rowsPerTable < 1 || rowsPerTable > MAX_PREVIEW_ROWS) {
      throw KytheraException.invalid("rows", "must be between 1 and " + MAX_PREVIEW_ROWS);
    }
    Planned planned = planned(projectId, spec);
    SeedRun run = SeedRun.of(planned.plan());
    List<TablePreview> tables = new ArrayList<>();
    if (needsExistingKeys(planned.plan())) {
      // parents not generated: their keys come from the database, read in a rolled-back session
      try (SeedSession session =
          targets.open(schemas.descriptor(projectId, planned.source().connectionId()))) {
        SeedRun withKeys =
            run.withExistingKeys(
                (table, columns) -> {
                  try {
                    return session.existingKeys(table, columns);
                  } catch (SQLException e) {
                    throw new KytheraException(
                        ErrorCode.TARGET_QUERY_FAILED,
                        "Cannot read " + table + ": " + e.getMessage());
                  }
                });
        previewRows(withKeys, planned.plan(), rowsPerTable, tables);
        session.rollback();
      } catch (SQLException e) {
        throw new KytheraException(ErrorCode.TARGET_QUERY_FAILED, e.getMessage());
      }
    } else {
      previewRows(run, planned.plan(), rowsPerTable, tables);
    }
    return new SeedPlanView.Preview(view(planned), tables);
  }

  @Override
  public JobSnapshot start(UUID projectId, UUID userId, SeedSpec spec, UUID scenarioId) {
    Planned planned = planned(projectId, spec);
    SeedPlan plan = planned.plan();
    // the job plans again from the same snapshot, anchor and seed: the rows are the ones planned
    SeedSpec fixed =
        spec.pinned(
            planned.source().snapshotId(),
            plan.seed(),
            plan.locale(),
            plan.anchor(),
            SeedSpecs.mode(spec).wireName());
    ObjectNode params = json.createObjectNode();
    params.set("spec", json.valueToTree(fixed));
    params.set("references", json.valueToTree(planned.references()));
    if (scenarioId != null) {
      params.put("scenarioId", scenarioId.toString());
    }
    String title =
        "Seed "
            + plan.totalRows()
            + " rows into "
            + plan.tables().size()
            + " tables ("
            + fixed.mode()
            + ")";
    return jobs.submit(projectId, userId, SeedJobHandler.TYPE, title, params);
  }

  @Override
  public List<SeedHistory> history(UUID projectId, int limit) {
    return histories.list(projectId, Math.max(1, Math.min(limit, 200)));
  }

  @Override
  public SeedHistory history(UUID projectId, UUID id) {
    return histories
        .get(projectId, id)
        .orElseThrow(() -> new KytheraException(ErrorCode.NOT_FOUND, "No seed run " + id));
  }

  Planned planned(UUID projectId, SeedSpec spec) {
    if (spec == null || spec.connectionId() == null) {
      throw new InvalidSeedPlan(List.of(new PlanProblem("connectionId", "is required")));
    }
    SourceSchema source =
        spec.snapshotId() == null
            ? schemas.latest(projectId, spec.connectionId())
            : schemas.snapshot(projectId, spec.snapshotId());
    if (!source.connectionId().equals(spec.connectionId())) {
      throw new InvalidSeedPlan(
          List.of(new PlanProblem("snapshotId", "belongs to another connection")));
    }
    Map<String, List<String>> references = schemas.references(projectId, source.connectionId());
    SeedPlan plan = SeedSpecs.plan(spec, source.model(), references);
    Plan tier = caller.caller().plan();
    long limit = PlanCatalogue.of(tier).limit(PlanLimit.ROWS_PER_SEED_JOB).orElse(-1);
    PlanCatalogue.require(tier, PlanLimit.ROWS_PER_SEED_JOB, plan.totalRows());
    return new Planned(source, plan, limit, references);
  }

  private static SeedPlanView view(Planned planned) {
    return PlanViews.of(
        planned.plan(),
        planned.source().connectionId(),
        planned.source().snapshotId(),
        planned.rowLimit());
  }

  private static boolean needsExistingKeys(SeedPlan plan) {
    return plan.tables().stream()
        .flatMap(table -> table.foreignKeys().stream())
        .anyMatch(key -> !key.parentPlanned() && key.mode() != FillMode.LEFT_NULL);
  }

  private static void previewRows(
      SeedRun run, SeedPlan plan, int rowsPerTable, List<TablePreview> tables) {
    for (TablePlan table : plan.tables()) {
      RowStream rows = run.preview(table.table(), rowsPerTable);
      List<List<Object>> values = new ArrayList<>();
      while (rows.hasNext()) {
        values.add(Arrays.stream(rows.next()).map(PlanViews::json).toList());
      }
      tables.add(new TablePreview(table.table().toString(), table.columns(), values));
    }
  }
}
