package dev.kythera.generation.domain.seed.value;

/** NULL in a share of rows, otherwise the wrapped generator's value. */
final class NullableGenerator implements ColumnGenerator {
  private final ColumnGenerator values;
  private final double ratio;

  NullableGenerator(ColumnGenerator values, double ratio) {
    this.values = values;
    this.ratio = ratio;
  }

  @Override
  public Object generate(Cell cell) {
    return cell.random().nextDouble() < ratio ? null : values.generate(cell);
  }
}
