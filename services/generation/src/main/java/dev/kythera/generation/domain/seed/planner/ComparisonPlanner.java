package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.check.ColumnComparison;
import dev.kythera.generation.domain.seed.check.CompareOp;
import dev.kythera.generation.domain.seed.check.Comparison;
import dev.kythera.generation.domain.seed.value.OrdinalType;
import dev.kythera.kernel.schema.Column;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns CHECK comparisons between two columns ({@code shipped_at >= ordered_at}) into a derived
 * column: one side is computed from the other within the row. The derived side is the left one,
 * unless only the right one is nullable (a nullable end date is derived from its start) or the left
 * is a foreign key. Then orders the value columns so every derived column follows the ones it
 * reads; a comparison that would close a loop is dropped with a warning.
 */
final class ComparisonPlanner {
  private ComparisonPlanner() {}

  static void plan(TableDraft draft, Problems problems) {
    for (ColumnComparison comparison : draft.checks.comparisons()) {
      String field = draft.field + ".checks." + comparison.constraint();
      if (!readable(draft, comparison.left()) || !readable(draft, comparison.right())) {
        problems.warn(
            field,
            "compares with a column the database fills; the CHECK is not enforced by generation");
        continue;
      }
      OrdinalType left = type(draft, comparison.left());
      OrdinalType right = type(draft, comparison.right());
      if (left == null || right == null || !left.comparableWith(right)) {
        problems.warn(
            field,
            "compares columns whose values cannot be ordered together; not enforced by generation");
        continue;
      }
      boolean flip = deriveRight(draft, comparison);
      String derived = flip ? comparison.right() : comparison.left();
      String other = flip ? comparison.left() : comparison.right();
      CompareOp op = flip ? comparison.op().flipped() : comparison.op();
      ValueColumn column = draft.values.get(derived);
      if (column == null || column.source() != null) {
        problems.warn(
            field, "neither side can be derived from the other; not enforced by generation");
        continue;
      }
      draft.values.put(
          derived,
          new ValueColumn(
              column.column(),
              column.kind(),
              column.rules().withComparison(new Comparison(op, other)),
              column.unique(),
              column.nullRatio(),
              column.source()));
    }
    draft.evaluationOrder = order(draft, problems);
  }

  private static boolean deriveRight(TableDraft draft, ColumnComparison comparison) {
    ValueColumn left = draft.values.get(comparison.left());
    ValueColumn right = draft.values.get(comparison.right());
    if (left == null || left.source() != null) {
      return true;
    }
    return right != null
        && right.source() == null
        && right.column().nullable()
        && !left.column().nullable();
  }

  /** Whether the column's value is known while the row is built. */
  private static boolean readable(TableDraft draft, String column) {
    ForeignKeyFill fill = draft.fillOf(column);
    if (fill != null) {
      return fill.mode() == FillMode.AT_INSERT || fill.mode() == FillMode.DEFERRED_CHECK;
    }
    return draft.values.containsKey(column);
  }

  private static OrdinalType type(TableDraft draft, String name) {
    Column column = draft.table.column(name).orElse(null);
    return column == null ? null : OrdinalType.of(column);
  }

  private static List<String> order(TableDraft draft, Problems problems) {
    List<String> order = new ArrayList<>();
    Set<String> pending = new LinkedHashSet<>(draft.values.keySet());
    while (!pending.isEmpty()) {
      String next =
          pending.stream().filter(name -> ready(draft, name, pending)).findFirst().orElse(null);
      if (next == null) {
        next = pending.iterator().next();
        dropLoop(draft, next, pending, problems);
      }
      pending.remove(next);
      order.add(next);
    }
    return order;
  }

  private static boolean ready(TableDraft draft, String name, Set<String> pending) {
    return draft.values.get(name).rules().comparisons().stream()
        .noneMatch(c -> pending.contains(c.other()) && !c.other().equals(name));
  }

  private static void dropLoop(
      TableDraft draft, String name, Set<String> pending, Problems problems) {
    ValueColumn column = draft.values.get(name);
    List<Comparison> kept =
        column.rules().comparisons().stream().filter(c -> !pending.contains(c.other())).toList();
    problems.warn(
        draft.columnField(name),
        "its CHECK comparisons form a loop; some are not enforced by generation");
    var rules = column.rules();
    var trimmed =
        new dev.kythera.generation.domain.seed.check.ColumnRules(
            rules.lower(),
            rules.upper(),
            rules.allowed(),
            rules.minLength(),
            rules.maxLength(),
            rules.notNull(),
            kept);
    draft.values.put(
        name,
        new ValueColumn(
            column.column(),
            column.kind(),
            trimmed,
            column.unique(),
            column.nullRatio(),
            column.source()));
  }
}
