package dev.kythera.generation.domain.seed;

/** How many rows a requested table gets: a fixed number or a ratio per parent row. */
public sealed interface RowCount {

  /** Exactly {@code rows} rows. */
  record Absolute(long rows) implements RowCount {}

  /**
   * Between {@code min} and {@code max} rows for each row of {@code parent}, linked through the
   * foreign key named {@code foreignKey} (null: the table's only foreign key to that parent). Each
   * parent row gets its own count, deterministically from the seed.
   */
  record PerParent(String parent, String foreignKey, int min, int max) implements RowCount {}
}
