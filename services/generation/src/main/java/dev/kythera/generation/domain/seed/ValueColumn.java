package dev.kythera.generation.domain.seed;

import dev.kythera.generation.domain.seed.check.ColumnRules;
import dev.kythera.kernel.schema.Column;

/**
 * A column whose values are generated (not taken from a parent's keys).
 *
 * @param column the column as introspected
 * @param kind the generator chosen from its name and type
 * @param rules what its CHECK constraints demand, including comparisons with earlier columns
 * @param unique how uniqueness is guaranteed, if it must be
 * @param nullRatio share of rows that get NULL
 * @param source the user's override that decides the values, or null
 */
public record ValueColumn(
    Column column,
    ValueKind kind,
    ColumnRules rules,
    Uniqueness unique,
    double nullRatio,
    ColumnOverride source) {

  public String name() {
    return column.name();
  }
}
