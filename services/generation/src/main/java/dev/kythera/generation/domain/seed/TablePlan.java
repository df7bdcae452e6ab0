package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/**
 * What will be generated for one table.
 *
 * @param table the table
 * @param rows exact number of rows (per-parent ratios are already resolved)
 * @param addedAsParent true when the table was not requested but is referenced by one that was
 * @param columns the insert's columns; every generated row is an {@code Object[]} in this order
 * @param values the generated (non foreign key) columns, in evaluation order: a column derived from
 *     another by a CHECK comparison comes after it
 * @param foreignKeys how each foreign key's columns are filled
 * @param combinations UNIQUE constraints made unique by enumerating combinations of parent rows and
 *     small value sets; referenced by index from {@link Uniqueness.Digit} and {@link
 *     Distribution.Digit}
 * @param keyColumns the columns identifying a row for the UPDATEs of deferred foreign keys
 * @param omitted columns left to the database, with the reason
 */
public record TablePlan(
    QualifiedName table,
    long rows,
    boolean addedAsParent,
    List<String> columns,
    List<ValueColumn> values,
    List<ForeignKeyFill> foreignKeys,
    List<UniqueCombination> combinations,
    List<String> keyColumns,
    List<OmittedColumn> omitted) {

  public TablePlan {
    columns = List.copyOf(columns);
    values = List.copyOf(values);
    foreignKeys = List.copyOf(foreignKeys);
    combinations = List.copyOf(combinations);
    keyColumns = List.copyOf(keyColumns);
    omitted = List.copyOf(omitted);
  }

  /** Position of a column in the generated rows, or -1. */
  public int indexOf(String column) {
    return columns.indexOf(column);
  }
}
