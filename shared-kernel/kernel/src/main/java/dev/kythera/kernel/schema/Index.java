package dev.kythera.kernel.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name index name
 * @param columns indexed column names in order; an expression entry holds the expression text
 * @param unique whether the index enforces uniqueness
 * @param primary whether it backs the primary key
 * @param predicate WHERE clause of a partial index, or null
 * @param method access method, e.g. {@code btree}, {@code hash}, {@code gin}
 * @param sizeBytes size on disk, or null when unknown
 * @param scans index scans since statistics were reset, or null where the engine keeps none
 */
public record Index(
    String name,
    List<String> columns,
    boolean unique,
    boolean primary,
    String predicate,
    String method,
    Long sizeBytes,
    Long scans) {
  public Index {
    columns = List.copyOf(columns);
  }
}
