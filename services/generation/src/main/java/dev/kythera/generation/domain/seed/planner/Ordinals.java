package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.planner.KeySets.KeySet;
import dev.kythera.generation.domain.seed.value.NumericDomain;
import dev.kythera.generation.domain.seed.value.OrdinalType;
import java.util.List;

/**
 * Keys such as {@code order_items(order_id, line_no)} under a per-parent ratio: the number column
 * becomes the row's position among its parent's children (1, 2, 3...), unique per parent.
 */
final class Ordinals {
  private Ordinals() {}

  static boolean apply(
      TableDraft draft, KeySet set, PlanContext context, Problems problems, String field) {
    for (ForeignKeyFill fill : draft.fills) {
      if (!(fill.distribution() instanceof Distribution.PerParent ratio)
          || !set.columns().containsAll(fill.columns())) {
        continue;
      }
      List<String> rest = set.columns().stream().filter(c -> !fill.columns().contains(c)).toList();
      ValueColumn column = rest.size() == 1 ? draft.values.get(rest.get(0)) : null;
      OrdinalType type = column == null ? null : OrdinalType.of(column.column());
      if (type == null
          || !type.numeric()
          || column.source() != null
          || column.unique().required()) {
        return false;
      }
      long room = NumericDomain.of(column, context.engine(), context.anchor()).capacity();
      if (room < ratio.max()) {
        problems.error(field, "cannot number up to " + ratio.max() + " children per parent");
      }
      UniquePlanner.replace(draft, column, new Uniqueness.Ordinal(set.name(), fill.name()));
      return true;
    }
    return false;
  }
}
