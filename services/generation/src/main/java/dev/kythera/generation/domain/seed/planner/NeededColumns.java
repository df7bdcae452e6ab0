package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.check.TableChecks;
import dev.kythera.generation.domain.seed.planner.KeySets.KeySet;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-table facts of a plan: the columns other parts depend on (so they are generated rather than
 * left to a default), and the UPDATEs that fill deferred foreign keys after all inserts.
 */
final class NeededColumns {
  private NeededColumns() {}

  /**
   * Columns that must be generated even when nullable with a default: keys, comparisons, parents'
   * referenced columns.
   */
  static Set<String> of(
      Table table,
      List<KeySet> keySets,
      TableChecks checks,
      Selection selection,
      Map<QualifiedName, Table> tables) {
    Set<String> needed = new HashSet<>();
    keySets.forEach(set -> needed.addAll(set.columns()));
    checks
        .comparisons()
        .forEach(
            c -> {
              needed.add(c.left());
              needed.add(c.right());
            });
    for (QualifiedName child : selection.order()) {
      tables.get(child).foreignKeys().stream()
          .filter(key -> key.referencedTable().equals(table.name()))
          .forEach(key -> needed.addAll(key.referencedColumns()));
    }
    return needed;
  }

  static List<DeferredFill> deferredFills(List<TablePlan> plans) {
    List<DeferredFill> fills = new ArrayList<>();
    for (TablePlan plan : plans) {
      plan.foreignKeys().stream()
          .filter(fill -> fill.mode() == FillMode.AFTER_INSERT)
          .forEach(
              fill ->
                  fills.add(
                      new DeferredFill(
                          plan.table(),
                          fill.name(),
                          fill.columns(),
                          plan.keyColumns(),
                          fill.parent())));
    }
    return fills;
  }
}
