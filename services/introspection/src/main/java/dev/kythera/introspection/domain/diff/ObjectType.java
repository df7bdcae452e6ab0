package dev.kythera.introspection.domain.diff;

/** The kind of schema object a {@link Change} is about. */
public enum ObjectType {
  TABLE,
  VIEW,
  COLUMN,
  PRIMARY_KEY,
  FOREIGN_KEY,
  INDEX,
  UNIQUE,
  CHECK,
  ENUM,
  SEQUENCE
}
