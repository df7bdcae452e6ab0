package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.UniqueCombination;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.planner.KeySets.KeySet;
import dev.kythera.generation.domain.seed.value.ValueGenerators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A UNIQUE set made only of foreign keys and small value sets, made unique by counting through its
 * combinations: each foreign key is a digit (its parent row), each value column too (its value's
 * index).
 */
final class Combination {
  private Combination() {}

  /** Size of the set's combination space, or 0 when some column cannot be a digit. */
  static long space(TableDraft draft, KeySet set, PlanContext context) {
    Set<String> covered = new HashSet<>();
    long space = 1;
    for (ForeignKeyFill fill : digitFills(draft, set)) {
      covered.addAll(fill.columns());
      long rows = context.rowsOf().applyAsLong(fill.parent());
      space = times(space, rows < 0 ? Long.MAX_VALUE : rows);
    }
    for (ValueColumn value : digitValues(draft, set)) {
      covered.add(value.name());
      space = times(space, Arrays.stream(ValueGenerators.finiteValues(value)).distinct().count());
    }
    return covered.containsAll(set.columns()) ? space : 0;
  }

  static void add(TableDraft draft, KeySet set) {
    int index = draft.combinations.size();
    int position = 0;
    for (ForeignKeyFill fill : digitFills(draft, set)) {
      ForeignKeyFill digit =
          new ForeignKeyFill(
              fill.name(),
              fill.columns(),
              fill.parent(),
              fill.parentColumns(),
              fill.mode(),
              new Distribution.Digit(index, position++),
              0,
              fill.parentPlanned());
      draft.fills.set(draft.fills.indexOf(fill), digit);
    }
    for (ValueColumn value : digitValues(draft, set)) {
      UniquePlanner.replace(draft, value, new Uniqueness.Digit(index, position++));
    }
    draft.combinations.add(new UniqueCombination(set.name(), position));
    draft.combinationColumns.add(set.columns());
  }

  private static List<ForeignKeyFill> digitFills(TableDraft draft, KeySet set) {
    List<ForeignKeyFill> fills = new ArrayList<>();
    for (ForeignKeyFill fill : draft.fills) {
      boolean inserted =
          fill.mode() == FillMode.AT_INSERT || fill.mode() == FillMode.DEFERRED_CHECK;
      if (inserted
          && fill.distribution() instanceof Distribution.Uniform
          && set.columns().containsAll(fill.columns())) {
        fills.add(fill);
      }
    }
    return fills;
  }

  private static List<ValueColumn> digitValues(TableDraft draft, KeySet set) {
    return set.columns().stream()
        .map(draft.values::get)
        .filter(v -> v != null && !v.unique().required() && ValueGenerators.finiteValues(v) != null)
        .toList();
  }

  private static long times(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
