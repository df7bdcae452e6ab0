package dev.kythera.generation.domain.seed.value;

import java.util.Arrays;

/**
 * One of a fixed list of values (enum labels, CHECK IN lists, booleans, a weighted override):
 * uniform, by weight, or, for a unique column, the row's sequence number's value.
 */
final class ChoiceGenerator implements ColumnGenerator {
  private final Object[] values;
  private final double[] cumulative;
  private final boolean unique;

  ChoiceGenerator(Object[] values, double[] weights, boolean unique) {
    this.values = values.clone();
    this.unique = unique;
    this.cumulative = weights == null ? null : cumulative(weights);
  }

  private static double[] cumulative(double[] weights) {
    double[] sums = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      sums[i] = total;
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= total;
    }
    return sums;
  }

  @Override
  public Object generate(Cell cell) {
    if (unique) {
      return values[(int) Math.floorMod(cell.sequence(), (long) values.length)];
    }
    if (cumulative == null) {
      return values[cell.random().nextInt(values.length)];
    }
    int index = Arrays.binarySearch(cumulative, cell.random().nextDouble());
    int slot = index >= 0 ? index : -index - 1;
    return values[Math.min(slot, values.length - 1)];
  }
}
