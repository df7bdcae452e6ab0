package dev.kythera.generation.domain.seed;

/** How a foreign key picks parent rows. */
public sealed interface Distribution {

  /** Any parent row, uniformly. */
  record Uniform() implements Distribution {}

  /** Each parent row gets between {@code min} and {@code max} children, in parent order. */
  record PerParent(int min, int max) implements Distribution {}

  /** A self-reference pointing at an earlier row of the same table (trees, not loops). */
  record EarlierRow() implements Distribution {}

  /** The parent row is one digit of a {@link UniqueCombination}. */
  record Digit(int combination, int position) implements Distribution {}
}
