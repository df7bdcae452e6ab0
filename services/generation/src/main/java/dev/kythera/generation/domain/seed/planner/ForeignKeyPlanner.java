package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.OmittedColumn;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.graph.FkEdge;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides how each foreign key of a table is filled: in the insert from parent keys (uniformly or
 * per parent), or — for self-references and the edges {@link FkGraph#deferredEdges()} picks to
 * break cycles — NULL first and an UPDATE later when nullable, in the insert under a deferred check
 * when DEFERRABLE, else pointing at an earlier row of the same table.
 */
final class ForeignKeyPlanner {
  private ForeignKeyPlanner() {}

  static void plan(
      TableDraft draft,
      Selection selection,
      FkGraph graph,
      Map<String, List<ColumnOverride>> overrides,
      Map<dev.kythera.kernel.schema.QualifiedName, Table> tables,
      Problems problems) {
    Table table = draft.table;
    for (ForeignKey key : table.foreignKeys()) {
      String field = draft.field + ".foreignKeys." + key.name();
      boolean nullable =
          key.columns().stream().allMatch(c -> table.column(c).map(Column::nullable).orElse(false));
      if (!tables.containsKey(key.referencedTable())) {
        outside(draft, key, nullable, field, problems);
        continue;
      }
      if (key.columns().stream().anyMatch(c -> draft.fillOf(c) != null)) {
        problems.warn(
            field, "shares columns with another foreign key; its values come from that key");
        continue;
      }
      draft.fills.add(
          fill(
              draft,
              selection,
              graph,
              key,
              nullable,
              nullRatio(key, nullable, overrides),
              field,
              problems));
    }
  }

  private static ForeignKeyFill fill(
      TableDraft draft,
      Selection selection,
      FkGraph graph,
      ForeignKey key,
      boolean nullable,
      double nullRatio,
      String field,
      Problems problems) {
    boolean planned = selection.planned(key.referencedTable());
    boolean self = key.referencedTable().equals(draft.table.name());
    boolean deferred = planned && (self || isDeferred(graph, draft, key));
    ForeignKey perParent = selection.perParentKeys().get(draft.table.name());
    if (!deferred) {
      Distribution distribution =
          key.equals(perParent)
              ? new Distribution.PerParent(
                  selection.ratio(draft.table.name()).min(),
                  selection.ratio(draft.table.name()).max())
              : new Distribution.Uniform();
      boolean ratio = distribution instanceof Distribution.PerParent;
      return build(key, FillMode.AT_INSERT, distribution, ratio ? 0 : nullRatio, planned);
    }
    if (key.equals(perParent)) {
      problems.error(
          draft.field + ".count",
          "a per-parent ratio cannot follow " + key.name() + ", which closes a cycle");
    }
    Distribution order = self ? new Distribution.EarlierRow() : new Distribution.Uniform();
    if (nullable) {
      return build(key, FillMode.AFTER_INSERT, order, Math.max(nullRatio, 0), true);
    }
    if (key.deferrable()) {
      return build(key, FillMode.DEFERRED_CHECK, order, 0, true);
    }
    if (self) {
      problems.warn(
          field,
          "NOT NULL self-reference: each row points at itself or an earlier row, which needs the engine to check the key at statement end");
    }
    return build(key, FillMode.AT_INSERT, order, 0, true);
  }

  private static ForeignKeyFill build(
      ForeignKey key, FillMode mode, Distribution distribution, double nullRatio, boolean planned) {
    return new ForeignKeyFill(
        key.name(),
        key.columns(),
        key.referencedTable(),
        key.referencedColumns(),
        mode,
        distribution,
        nullRatio,
        planned);
  }

  private static boolean isDeferred(FkGraph graph, TableDraft draft, ForeignKey key) {
    for (FkEdge edge : graph.deferredEdges()) {
      if (edge.from().equals(draft.table.name())
          && Objects.equals(edge.name(), key.name())
          && edge.columns().equals(key.columns())) {
        return true;
      }
    }
    return false;
  }

  private static double nullRatio(
      ForeignKey key, boolean nullable, Map<String, List<ColumnOverride>> overrides) {
    if (!nullable) {
      return 0;
    }
    return key.columns().stream()
        .flatMap(column -> overrides.getOrDefault(column, List.of()).stream())
        .filter(ColumnOverride.NullRatio.class::isInstance)
        .mapToDouble(o -> ((ColumnOverride.NullRatio) o).ratio())
        .findFirst()
        .orElse(ColumnPlanner.DEFAULT_NULL_RATIO);
  }

  private static void outside(
      TableDraft draft, ForeignKey key, boolean nullable, String field, Problems problems) {
    if (!nullable) {
      problems.error(
          field, "references " + key.referencedTable() + ", which is not in the schema snapshot");
      return;
    }
    key.columns()
        .forEach(
            c ->
                draft.omitted.add(
                    new OmittedColumn(
                        c,
                        "references "
                            + key.referencedTable()
                            + " outside the snapshot; left NULL")));
    problems.warn(field, "references a table outside the snapshot; its columns are left NULL");
  }
}
