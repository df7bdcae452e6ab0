package dev.kythera.generation.domain.seed.value;

/**
 * Produces one column's value for one row. Implementations keep no per-row state: the value is a
 * function of the cell (row number, seeded random, earlier values), so a row can be recomputed,
 * e.g. to learn a generated parent's key.
 */
@FunctionalInterface
public interface ColumnGenerator {
  Object generate(Cell cell);
}
