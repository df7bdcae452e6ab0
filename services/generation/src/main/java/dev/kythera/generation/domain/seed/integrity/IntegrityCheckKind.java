package dev.kythera.generation.domain.seed.integrity;

/** The constraints the integrity check proves after a seed run. */
public enum IntegrityCheckKind {
  FOREIGN_KEY,
  PRIMARY_KEY,
  UNIQUE,
  CHECK,
  NOT_NULL
}
