package dev.kythera.introspection.domain.health;

/** How urgent a health finding is; declaration order is report order (most urgent first). */
public enum Severity {
  /** Breaks something now or soon: inserts will fail, data cannot be addressed. */
  ERROR,
  /** Costs performance or integrity and should be fixed. */
  WARNING,
  /** Worth knowing; often a deliberate design choice. */
  INFO
}
