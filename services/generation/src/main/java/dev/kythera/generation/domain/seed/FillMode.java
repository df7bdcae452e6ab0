package dev.kythera.generation.domain.seed;

/** When a foreign key's value is written. */
public enum FillMode {
  /** In the insert: the parent's rows exist (or their keys are known) by then. */
  AT_INSERT,
  /** NULL in the insert, then set by an UPDATE once the parent is written (cycles, self-refs). */
  AFTER_INSERT,
  /**
   * In the insert although the parent comes later: the constraint is DEFERRABLE and NOT NULL, so
   * the writer defers it to commit and the keys must be known by construction.
   */
  DEFERRED_CHECK,
  /** Always NULL: a nullable key that cannot be filled (no parent rows, no key to update by). */
  LEFT_NULL
}
