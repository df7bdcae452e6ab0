package dev.kythera.introspection.domain.heuristics;

/** Where a list of allowed values comes from. */
public enum ReferenceKind {
  /** A named enum type, or an inline enum column (MySQL ENUM). */
  ENUM_TYPE,
  /** A CHECK constraint limiting a column to a literal list. */
  CHECK_LIST,
  /** A lookup table whose keys other tables reference. */
  LOOKUP_TABLE
}
