package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.RowCount;
import dev.kythera.generation.domain.seed.row.ParentDistribution;
import dev.kythera.generation.domain.seed.row.Seeds;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.graph.FkEdge;
import dev.kythera.kernel.schema.graph.FkGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Row counts of every planned table. Requested tables get their count; a per-parent ratio is
 * resolved exactly (the same distribution the rows use). An added parent gets {@code max(1, ceil(c
 * / 5))} rows, where {@code c} is its largest child's count (a per-parent child on an added parent
 * counts as that parent needing {@value #PER_PARENT_DEFAULT} rows), capped at what its unique
 * columns can hold.
 */
final class RowCounts {
  static final int CHILDREN_PER_ADDED_PARENT = 5;
  static final long PER_PARENT_DEFAULT = 10;

  private RowCounts() {}

  /** Fills {@code rows} in insert order, so capacities can read the parents' final counts. */
  static void compute(
      Selection selection,
      FkGraph graph,
      long seed,
      ToLongFunction<QualifiedName> capacityOf,
      Map<QualifiedName, Long> rows,
      Problems problems) {
    Map<QualifiedName, Long> demand = demand(selection, graph);
    for (QualifiedName table : selection.order()) {
      RowCount.PerParent ratio = selection.ratio(table);
      if (ratio != null) {
        perParent(selection, table, ratio, seed, rows, problems);
      } else if (selection.added(table)) {
        long wanted = demand.get(table);
        long capacity = capacityOf.applyAsLong(table);
        if (capacity < wanted) {
          problems.warn(
              selection.field(table),
              "added with "
                  + capacity
                  + " rows instead of "
                  + wanted
                  + ": its unique columns hold no more");
        }
        rows.put(table, Math.min(wanted, capacity));
      } else {
        rows.put(table, demand.get(table));
      }
    }
  }

  private static void perParent(
      Selection selection,
      QualifiedName table,
      RowCount.PerParent ratio,
      long seed,
      Map<QualifiedName, Long> rows,
      Problems problems) {
    var key = selection.perParentKeys().get(table);
    Long parents = key == null ? null : rows.get(key.referencedTable());
    if (parents == null) {
      rows.put(table, 0L);
      return; // already reported: unknown parent, or a parent that comes later (a cycle)
    }
    long total =
        new ParentDistribution(
                parents,
                ratio.min(),
                ratio.max(),
                Seeds.perParent(Seeds.table(seed, table), key.name()))
            .total();
    if (total == 0) {
      problems.error(
          selection.field(table) + ".count",
          "the ratio gives 0 rows (" + parents + " parent rows)");
    }
    rows.put(table, total);
  }

  /** Rows each table should have, children first, before capacities and exact ratios. */
  private static Map<QualifiedName, Long> demand(Selection selection, FkGraph graph) {
    Map<QualifiedName, Long> demand = new HashMap<>();
    List<QualifiedName> reversed = new ArrayList<>(selection.order());
    Collections.reverse(reversed);
    for (QualifiedName table : reversed) {
      var request = selection.requested().get(table);
      if (request != null && request.count() instanceof RowCount.Absolute absolute) {
        demand.put(table, Math.max(0, absolute.rows()));
      } else if (request != null) {
        RowCount.PerParent ratio = (RowCount.PerParent) request.count();
        long parents = parentEstimate(selection, table);
        demand.put(table, Math.max(1, parents * (ratio.min() + ratio.max()) / 2));
      } else {
        demand.put(table, addedParent(selection, graph, table, demand));
      }
    }
    return demand;
  }

  private static long parentEstimate(Selection selection, QualifiedName table) {
    var key = selection.perParentKeys().get(table);
    var parent = key == null ? null : selection.requested().get(key.referencedTable());
    return parent != null && parent.count() instanceof RowCount.Absolute absolute
        ? absolute.rows()
        : PER_PARENT_DEFAULT;
  }

  private static long addedParent(
      Selection selection, FkGraph graph, QualifiedName table, Map<QualifiedName, Long> demand) {
    long wanted = 1;
    for (FkEdge edge : graph.edges()) {
      if (!edge.to().equals(table) || edge.selfReference() || !demand.containsKey(edge.from())) {
        continue;
      }
      var key = selection.perParentKeys().get(edge.from());
      boolean ratioOnThis =
          key != null && key.referencedTable().equals(table) && key.name().equals(edge.name());
      long child = demand.get(edge.from());
      wanted =
          Math.max(
              wanted,
              ratioOnThis
                  ? PER_PARENT_DEFAULT
                  : (child + CHILDREN_PER_ADDED_PARENT - 1) / CHILDREN_PER_ADDED_PARENT);
    }
    return wanted;
  }
}
