package dev.kythera.generation.domain.seed;

/** How a generated column is kept unique by construction, never by retrying. */
public sealed interface Uniqueness {

  /** No uniqueness needed. */
  record None() implements Uniqueness {}

  /**
   * Unique through the row's sequence number mixed into the value (a suffix on text, an offset on
   * numbers and dates, a bijection on UUIDs), for the named constraint.
   */
  record Counter(String constraint) implements Uniqueness {}

  /**
   * Unique together with a per-parent foreign key: the value is the row's position among its
   * parent's children (1, 2, 3...), as in {@code order_items(order_id, line_no)}.
   */
  record Ordinal(String constraint, String foreignKey) implements Uniqueness {}

  /** One digit of a {@link UniqueCombination}: the value is the digit-th of a small value set. */
  record Digit(int combination, int position) implements Uniqueness {}

  Uniqueness NONE = new None();

  default boolean required() {
    return !(this instanceof None);
  }
}
