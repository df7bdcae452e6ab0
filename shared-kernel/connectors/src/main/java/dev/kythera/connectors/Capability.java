package dev.kythera.connectors;

/**
 * Things an engine may or may not support. Code asks {@link EngineCapabilities#supports} instead of
 * checking the engine, so adding an engine means describing it once.
 */
public enum Capability {
  SCHEMAS,
  SEQUENCES,
  DEFERRABLE_CONSTRAINTS,
  CHECK_CONSTRAINTS,
  PARTIAL_INDEXES,
  ENUM_TYPES,
  COPY_PROTOCOL,
  LOAD_DATA_LOCAL,
  ROW_ESTIMATES,
  EXPLAIN_JSON,
  TRANSACTIONAL_DDL,
  SSH_TUNNEL
}
