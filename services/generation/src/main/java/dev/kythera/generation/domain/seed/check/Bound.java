package dev.kythera.generation.domain.seed.check;

import java.math.BigDecimal;

/**
 * One end of a range from a CHECK constraint: the literal as written (a number or an ISO date) and
 * whether the end itself is allowed.
 */
public record Bound(String literal, boolean inclusive) {

  /** The literal as a number, or null when it is not one (e.g. a date). */
  public BigDecimal number() {
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** Compares the literals numerically when both are numbers, else as text (ISO dates sort). */
  static int compareLiterals(Bound a, Bound b) {
    BigDecimal left = a.number();
    BigDecimal right = b.number();
    return left != null && right != null
        ? left.compareTo(right)
        : a.literal().compareTo(b.literal());
  }
}
