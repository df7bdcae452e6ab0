package dev.kythera.generation.domain.seed.check;

import dev.kythera.kernel.schema.CheckConstraint;
import java.util.List;
import java.util.Map;

/**
 * The CHECK constraints of a table, read into rules: per column (ranges, value lists, lengths),
 * comparisons between two columns, and the constraints that could not be read (reported as
 * warnings; the run does not honour them).
 */
public record TableChecks(
    Map<String, ColumnRules> columns,
    List<ColumnComparison> comparisons,
    List<CheckConstraint> unsupported) {

  public TableChecks {
    columns = Map.copyOf(columns);
    comparisons = List.copyOf(comparisons);
    unsupported = List.copyOf(unsupported);
  }

  public ColumnRules rulesOf(String column) {
    return columns.getOrDefault(column, ColumnRules.NONE);
  }
}
