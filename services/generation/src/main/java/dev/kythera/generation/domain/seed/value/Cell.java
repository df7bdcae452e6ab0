package dev.kythera.generation.domain.seed.value;

/**
 * What a generator sees while one row is built: the row number, the row's unique sequence number, a
 * random reseeded for this cell, the values computed so far (earlier columns) and, for tables with
 * a per-parent foreign key, the row's position among its parent's children.
 */
public final class Cell {
  private final long row;
  private final long sequence;
  private final Object[] values;
  private final CellRandom random = new CellRandom();
  private long ordinal;

  public Cell(long row, long sequence, Object[] values) {
    this.row = row;
    this.sequence = sequence;
    this.values = values;
  }

  public long row() {
    return row;
  }

  /** The number mixed into unique values: the row number plus the run's offset. */
  public long sequence() {
    return sequence;
  }

  public CellRandom random() {
    return random;
  }

  /** The random, reseeded for the column with seed {@code columnSeed} in this row. */
  public CellRandom randomFor(long columnSeed) {
    return random.reseed(Mix.of(columnSeed, row));
  }

  public Object value(int index) {
    return values[index];
  }

  public Object[] values() {
    return values;
  }

  /** Position (0-based) of this row among its parent's children. */
  public long ordinal() {
    return ordinal;
  }

  public void ordinal(long position) {
    this.ordinal = position;
  }
}
