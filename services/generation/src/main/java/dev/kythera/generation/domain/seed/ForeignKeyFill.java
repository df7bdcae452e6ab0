package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/**
 * How one foreign key's columns get their values. A composite key takes all its columns from the
 * same parent row.
 *
 * @param name the constraint's name
 * @param columns the child's columns
 * @param parent the referenced table
 * @param parentColumns the referenced columns, paired with {@code columns}
 * @param mode when the value is written
 * @param distribution how parent rows are picked
 * @param nullRatio share of rows left NULL (nullable keys only)
 * @param parentPlanned whether the parent's rows are generated in this plan; otherwise the writer
 *     supplies the keys of its existing rows
 */
public record ForeignKeyFill(
    String name,
    List<String> columns,
    QualifiedName parent,
    List<String> parentColumns,
    FillMode mode,
    Distribution distribution,
    double nullRatio,
    boolean parentPlanned) {

  public ForeignKeyFill {
    columns = List.copyOf(columns);
    parentColumns = List.copyOf(parentColumns);
  }

  public boolean selfReference(QualifiedName table) {
    return parent.equals(table);
  }
}
