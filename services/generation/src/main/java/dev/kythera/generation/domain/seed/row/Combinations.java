package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.UniqueCombination;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.value.Permutation;
import java.util.List;

/**
 * The digits of a table's {@link UniqueCombination}s for a row: the row's sequence number, put
 * through a permutation of the combination space, written in mixed radix (one digit per parent row
 * or small value set). Distinct sequence numbers below the space's size give distinct tuples.
 */
final class Combinations {
  private final TablePlan table;
  private final ForeignKeySlot[] keys;
  private final List<ValueColumn> values;
  private final Object[][] digitValues;
  private final long tableSeed;
  private long[][] radices;
  private Permutation[] permutations;

  Combinations(
      TablePlan table,
      ForeignKeySlot[] keys,
      List<ValueColumn> values,
      Object[][] digitValues,
      long tableSeed) {
    this.table = table;
    this.keys = keys;
    this.values = values;
    this.digitValues = digitValues;
    this.tableSeed = tableSeed;
  }

  /** Reads each digit's radix; parent keys must be resolved first. */
  void resolve() {
    List<UniqueCombination> all = table.combinations();
    radices = new long[all.size()][];
    permutations = new Permutation[all.size()];
    for (int c = 0; c < all.size(); c++) {
      radices[c] = new long[all.get(c).digits()];
    }
    for (ForeignKeySlot key : keys) {
      if (key.fill().distribution() instanceof Distribution.Digit digit) {
        radices[digit.combination()][digit.position()] = key.parents().size();
      }
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).unique() instanceof Uniqueness.Digit digit) {
        radices[digit.combination()][digit.position()] = digitValues[i].length;
      }
    }
    for (int c = 0; c < all.size(); c++) {
      long space = 1;
      for (long radix : radices[c]) {
        space = times(space, radix);
      }
      permutations[c] =
          new Permutation(
              Math.max(1, space), Seeds.combination(tableSeed, all.get(c).constraint()));
    }
  }

  /** The product, saturating at {@link Long#MAX_VALUE}. */
  static long times(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  long[][] digits(long sequence) {
    if (permutations == null || permutations.length == 0) {
      return null;
    }
    long[][] digits = new long[permutations.length][];
    for (int c = 0; c < permutations.length; c++) {
      long rest = permutations[c].apply(sequence % permutations[c].size());
      digits[c] = new long[radices[c].length];
      for (int p = 0; p < radices[c].length; p++) {
        long radix = Math.max(1, radices[c][p]);
        digits[c][p] = rest % radix;
        rest /= radix;
      }
    }
    return digits;
  }
}
