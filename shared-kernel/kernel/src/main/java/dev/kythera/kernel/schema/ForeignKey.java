package dev.kythera.kernel.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key: {@code columns} of the owning table reference {@code referencedColumns} of {@code
 * referencedTable}, in the same order. Composite keys have several columns.
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    boolean deferrable,
    boolean initiallyDeferred) {

  public ForeignKey {
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("Foreign key " + name + " pairs columns unevenly");
    }
    onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
  }
}
