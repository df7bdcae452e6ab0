package dev.kythera.generation.domain.seed.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What the CHECK constraints of a table demand of one column's values. Merging two rule sets keeps
 * the tighter of each part, so several constraints on a column combine.
 *
 * @param lower lowest allowed value, or null
 * @param upper highest allowed value, or null
 * @param allowed the only allowed values (IN lists, {@code = ANY (ARRAY[...])}), or null for any
 * @param minLength shortest allowed text, or null
 * @param maxLength longest allowed text, or null
 * @param notNull whether a check demands {@code IS NOT NULL}
 * @param comparisons comparisons with other columns this column's value is derived from
 */
public record ColumnRules(
    Bound lower,
    Bound upper,
    List<String> allowed,
    Integer minLength,
    Integer maxLength,
    boolean notNull,
    List<Comparison> comparisons) {

  public static final ColumnRules NONE =
      new ColumnRules(null, null, null, null, null, false, List.of());

  public ColumnRules {
    allowed = allowed == null ? null : List.copyOf(allowed);
    comparisons = List.copyOf(comparisons);
  }

  public static ColumnRules lowerBound(Bound bound) {
    return new ColumnRules(bound, null, null, null, null, false, List.of());
  }

  public static ColumnRules upperBound(Bound bound) {
    return new ColumnRules(null, bound, null, null, null, false, List.of());
  }

  public static ColumnRules oneOf(List<String> values) {
    return new ColumnRules(null, null, values, null, null, false, List.of());
  }

  public static ColumnRules length(Integer min, Integer max) {
    return new ColumnRules(null, null, null, min, max, false, List.of());
  }

  public static ColumnRules requiredValue() {
    return new ColumnRules(null, null, null, null, null, true, List.of());
  }

  /** Both rule sets at once. */
  public ColumnRules and(ColumnRules other) {
    List<Comparison> both = new ArrayList<>(comparisons);
    both.addAll(other.comparisons);
    return new ColumnRules(
        tighter(lower, other.lower, 1),
        tighter(upper, other.upper, -1),
        intersect(allowed, other.allowed),
        pick(minLength, other.minLength, true),
        pick(maxLength, other.maxLength, false),
        notNull || other.notNull,
        both);
  }

  public ColumnRules withComparison(Comparison comparison) {
    return and(new ColumnRules(null, null, null, null, null, false, List.of(comparison)));
  }

  /** Whether no value can satisfy the rules (an empty range or no allowed value left). */
  public boolean contradictory() {
    if (allowed != null && allowed.isEmpty()) {
      return true;
    }
    if (minLength != null && maxLength != null && minLength > maxLength) {
      return true;
    }
    if (lower == null || upper == null) {
      return false;
    }
    int order = Bound.compareLiterals(lower, upper);
    return order > 0 || (order == 0 && !(lower.inclusive() && upper.inclusive()));
  }

  private static Bound tighter(Bound a, Bound b, int direction) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    int order = Bound.compareLiterals(a, b) * direction;
    if (order != 0) {
      return order > 0 ? a : b;
    }
    return a.inclusive() ? b : a;
  }

  private static Integer pick(Integer a, Integer b, boolean larger) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return larger ? Integer.valueOf(Math.max(a, b)) : Integer.valueOf(Math.min(a, b));
  }

  private static List<String> intersect(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.stream().filter(b::contains).toList();
  }
}
