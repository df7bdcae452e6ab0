package dev.kythera.kernel.schema;

/**
 * Engine-neutral family of a column type, decided by the connector, so generators and heuristics
 * never parse engine type names themselves.
 */
public enum TypeCategory {
  TEXT,
  INTEGER,
  DECIMAL,
  FLOAT,
  BOOLEAN,
  DATE,
  TIME,
  TIMESTAMP,
  UUID,
  JSON,
  BINARY,
  ENUM,
  ARRAY,
  OTHER
}
