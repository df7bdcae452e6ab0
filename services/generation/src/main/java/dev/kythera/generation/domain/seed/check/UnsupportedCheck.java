package dev.kythera.generation.domain.seed.check;

/** Thrown inside the parser when an expression uses something it does not understand. */
final class UnsupportedCheck extends RuntimeException {
  UnsupportedCheck(String reason) {
    super(reason, null, false, false);
  }
}
