package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.planner.KeySets.KeySet;
import dev.kythera.generation.domain.seed.value.Capacity;
import dev.kythera.kernel.schema.Identity;
import java.util.List;

/**
 * Makes every primary key and UNIQUE set of a table unique by construction, choosing per set:
 * nothing (an identity column is in it, or it already holds a unique column); the row's position
 * under a per-parent foreign key ({@code (order_id, line_no)}); a counter mixed into the value
 * column with the most room; or, when only foreign keys and small value sets are left, a counter
 * over their combinations ({@code (product_id, tag_id)}). Refuses sets that cannot hold the rows.
 */
final class UniquePlanner {
  private UniquePlanner() {}

  /** The most rows the table's unique sets can hold. */
  static long capacity(TableDraft draft, List<KeySet> sets, PlanContext context) {
    long capacity = Long.MAX_VALUE;
    for (KeySet set : sets) {
      if (!databaseUnique(draft, set)) {
        capacity =
            Math.min(
                capacity,
                Math.max(
                    bestColumn(draft, set, context).capacity,
                    combinationSpace(draft, set, context)));
      }
    }
    return capacity;
  }

  static void apply(TableDraft draft, List<KeySet> sets, PlanContext context, Problems problems) {
    for (KeySet set : sets) {
      if (draft.rows <= 1 || databaseUnique(draft, set) || alreadyUnique(draft, set)) {
        continue;
      }
      String field = draft.field + ".unique." + set.name();
      if (set.columns().stream().anyMatch(draft::isOmitted)) {
        problems.warn(field, "includes a column the database fills; uniqueness is not guaranteed");
        continue;
      }
      if (Ordinals.apply(draft, set, context, problems, field)
          || perParentOneToOne(draft, set, problems, field)) {
        continue;
      }
      Best best = bestColumn(draft, set, context);
      if (best.column != null && best.capacity >= draft.rows) {
        replace(draft, best.column, new Uniqueness.Counter(set.name()));
        continue;
      }
      long space = combinationSpace(draft, set, context);
      if (space >= draft.rows) {
        Combination.add(draft, set);
      } else if (space > 0 || (best.column != null && set.columns().size() == 1)) {
        String why =
            set.columns().size() == 1 && best.column != null
                ? ": " + best.reason
                : ", at most " + Math.max(space, best.capacity) + " distinct rows";
        problems.error(
            field, "UNIQUE " + set.columns() + " cannot hold " + draft.rows + " rows" + why);
      } else {
        problems.warn(
            field, "uniqueness of " + set.columns() + " cannot be guaranteed by generation");
      }
    }
  }

  static boolean databaseUnique(TableDraft draft, KeySet set) {
    return set.columns().stream()
        .map(name -> draft.table.column(name).orElse(null))
        .anyMatch(
            column ->
                column != null
                    && column.identity() != Identity.NONE
                    && draft.isOmitted(column.name()));
  }

  private static boolean alreadyUnique(TableDraft draft, KeySet set) {
    boolean column =
        set.columns().stream()
            .map(draft.values::get)
            .anyMatch(
                v ->
                    v != null
                        && (v.unique() instanceof Uniqueness.Counter
                            || v.unique() instanceof Uniqueness.Ordinal));
    return column || draft.combinationColumns.stream().anyMatch(set.columns()::containsAll);
  }

  /** A one-to-one link under a per-parent ratio of at most one child each is unique already. */
  private static boolean perParentOneToOne(
      TableDraft draft, KeySet set, Problems problems, String field) {
    for (ForeignKeyFill fill : draft.fills) {
      if (fill.distribution() instanceof Distribution.PerParent ratio
          && set.columns().containsAll(fill.columns())
          && set.columns().size() == fill.columns().size()) {
        if (ratio.max() > 1) {
          problems.error(
              field,
              "UNIQUE "
                  + set.columns()
                  + " allows one row per parent, but the ratio gives up to "
                  + ratio.max());
        }
        return true;
      }
    }
    return false;
  }

  record Best(ValueColumn column, long capacity, String reason) {}

  private static Best bestColumn(TableDraft draft, KeySet set, PlanContext context) {
    Best best = new Best(null, 0, "");
    for (String name : set.columns()) {
      ValueColumn value = draft.values.get(name);
      if (value == null || value.source() instanceof ColumnOverride.Sql) {
        continue;
      }
      Capacity capacity = Capacity.of(value, context.engine(), context.anchor());
      if (best.column == null || capacity.values() > best.capacity) {
        best = new Best(value, capacity.values(), capacity.reason());
      }
    }
    return best;
  }

  /** Size of the combination space of a set, or 0 when some column cannot be a digit. */
  static long combinationSpace(TableDraft draft, KeySet set, PlanContext context) {
    return Combination.space(draft, set, context);
  }

  static void replace(TableDraft draft, ValueColumn column, Uniqueness unique) {
    draft.values.put(
        column.name(),
        new ValueColumn(
            column.column(), column.kind(), column.rules(), unique, 0, column.source()));
  }
}
