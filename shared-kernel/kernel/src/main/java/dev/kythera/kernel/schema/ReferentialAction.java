package dev.kythera.kernel.schema;

/** What a foreign key does when its parent row is deleted or updated. */
public enum ReferentialAction {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT
}
