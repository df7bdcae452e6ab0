package dev.kythera.kernel.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table or view with everything introspection knows about it.
 *
 * @param name schema-qualified name
 * @param kind table, view or materialized view
 * @param columns columns in ordinal order
 * @param primaryKey primary key, or null
 * @param foreignKeys foreign keys this table owns
 * @param uniqueConstraints UNIQUE constraints (not unique indexes without a constraint)
 * @param checks CHECK constraints
 * @param indexes indexes, including those backing constraints
 * @param comment comment, or null
 * @param rowEstimate the engine's row estimate, or -1 when unknown
 * @param sizeBytes total size on disk, or -1 when unknown
 * @param viewDefinition the SELECT of a view, or null
 * @param statistics usage counters, or null
 */
public record Table(
    QualifiedName name,
    TableKind kind,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<ForeignKey> foreignKeys,
    List<UniqueConstraint> uniqueConstraints,
    List<CheckConstraint> checks,
    List<Index> indexes,
    String comment,
    long rowEstimate,
    long sizeBytes,
    String viewDefinition,
    TableStatistics statistics) {

  public Table {
    Objects.requireNonNull(name, "name");
    kind = kind == null ? TableKind.TABLE : kind;
    columns = List.copyOf(columns);
    foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    uniqueConstraints = uniqueConstraints == null ? List.of() : List.copyOf(uniqueConstraints);
    checks = checks == null ? List.of() : List.copyOf(checks);
    indexes = indexes == null ? List.of() : List.copyOf(indexes);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
  }

  public boolean isView() {
    return kind != TableKind.TABLE;
  }
}
