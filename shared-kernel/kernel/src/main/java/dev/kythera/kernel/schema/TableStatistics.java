package dev.kythera.kernel.schema;

/**
 * Usage counters an engine keeps for a table since its statistics were reset; absent where the
 * engine keeps none.
 */
public record TableStatistics(long sequentialScans, long indexScans, long inserts, long updates) {}
