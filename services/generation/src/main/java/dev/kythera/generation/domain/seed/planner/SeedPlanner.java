package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.InvalidSeedPlan;
import dev.kythera.generation.domain.seed.SeedLimits;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.check.CheckParser;
import dev.kythera.generation.domain.seed.check.TableChecks;
import dev.kythera.generation.domain.seed.planner.KeySets.KeySet;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain service: turns a schema snapshot and a {@link SeedRequest} into a {@link SeedPlan}, or
 * refuses it with every problem at once ({@link InvalidSeedPlan}) before anything is written.
 */
public final class SeedPlanner {
  private final Clock clock;

  public SeedPlanner() {
    this(Clock.systemUTC());
  }

  /** A planner whose "today" (the anchor when a request has none) comes from {@code clock}. */
  public SeedPlanner(Clock clock) {
    this.clock = clock;
  }

  public SeedPlan plan(SchemaModel model, SeedRequest request, SeedLimits limits) {
    Problems problems = new Problems();
    FkGraph graph = FkGraph.of(model);
    Selection selection = TableSelector.select(model, graph, request, problems);
    LocalDate anchor = request.anchor() != null ? request.anchor() : LocalDate.now(clock);
    Map<QualifiedName, Table> tables = model.tablesByName();
    Map<QualifiedName, Long> rows = new HashMap<>();
    PlanContext context =
        new PlanContext(
            request.seed(),
            request.locale(),
            model.engine(),
            anchor,
            name -> rows.containsKey(name) ? rows.get(name) : tables.get(name).rowEstimate());
    Map<QualifiedName, TableDraft> drafts = new LinkedHashMap<>();
    Map<QualifiedName, List<KeySet>> keySets = new HashMap<>();
    for (QualifiedName name : selection.order()) {
      Table table = tables.get(name);
      String field = selection.field(name);
      TableChecks checks = CheckParser.parse(table);
      checks
          .unsupported()
          .forEach(
              check ->
                  problems.warn(
                      field + ".checks." + check.name(),
                      "CHECK ("
                          + check.expression()
                          + ") is not understood; generated rows may violate it"));
      keySets.put(name, KeySets.of(table, field, problems));
      TableDraft draft = new TableDraft(table, field, selection.added(name), checks);
      Map<String, List<ColumnOverride>> overrides =
          ReferenceValues.merge(
              table,
              OverrideCheck.byColumn(table, selection.requested().get(name), field, problems),
              request.references());
      ForeignKeyPlanner.plan(draft, selection, graph, overrides, tables, problems);
      ColumnPlanner.plan(
          draft,
          overrides,
          NeededColumns.of(table, keySets.get(name), checks, selection, tables),
          problems);
      draft.values.values().stream()
          .filter(value -> value.source() != null)
          .forEach(
              value ->
                  SourceCheck.check(
                      value,
                      draft.columnField(value.name()),
                      request.locale(),
                      model.engine(),
                      anchor,
                      problems));
      ComparisonPlanner.plan(draft, problems);
      draft.keyColumns = RowKeys.of(draft);
      drafts.put(name, draft);
    }
    RowCounts.compute(
        selection,
        graph,
        request.seed(),
        name -> UniquePlanner.capacity(drafts.get(name), keySets.get(name), context),
        rows,
        problems);
    for (TableDraft draft : drafts.values()) {
      draft.rows = rows.get(draft.table.name());
      UniquePlanner.apply(draft, keySets.get(draft.table.name()), context, problems);
      ForeignKeyChecks.check(draft, selection.order(), context, problems);
    }
    Limits.check(drafts.values(), limits, problems);
    if (problems.any()) {
      throw new InvalidSeedPlan(problems.errors());
    }
    List<TablePlan> plans = drafts.values().stream().map(TableDraft::freeze).toList();
    return new SeedPlan(
        request.seed(),
        request.locale(),
        anchor,
        model.engine(),
        plans,
        NeededColumns.deferredFills(plans),
        problems.warnings());
  }
}
