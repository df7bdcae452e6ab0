package dev.kythera.kernel.schema;

/** What kind of relation a {@link Table} is. */
public enum TableKind {
  TABLE,
  VIEW,
  MATERIALIZED_VIEW
}
