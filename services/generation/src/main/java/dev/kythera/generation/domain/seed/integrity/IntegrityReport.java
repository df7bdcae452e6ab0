package dev.kythera.generation.domain.seed.integrity;

import java.util.List;

/**
 * What the integrity check proved: how many constraints it evaluated on the seeded tables and every
 * one that failed. {@link #passed()} is the proof the issue asks for: every foreign key resolves,
 * every key and UNIQUE holds, every CHECK and NOT NULL holds.
 *
 * @param checked number of constraints evaluated
 * @param violations the ones that do not hold
 * @param skipped CHECK constraints that could not be evaluated as SQL, with the reason
 */
public record IntegrityReport(
    int checked, List<IntegrityViolation> violations, List<String> skipped) {

  public IntegrityReport {
    violations = List.copyOf(violations);
    skipped = List.copyOf(skipped);
  }

  public boolean passed() {
    return violations.isEmpty();
  }
}
