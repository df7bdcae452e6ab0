package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference definitions as generators: a column whose allowed values the project has defined (an
 * inline CHECK list, an enum-like column the user described) draws from them with equal weights,
 * unless the user chose its values. Foreign key columns and columns the database fills are left
 * alone: their values come from parents and the database.
 */
final class ReferenceValues {
  private ReferenceValues() {}

  static Map<String, List<ColumnOverride>> merge(
      Table table, Map<String, List<ColumnOverride>> overrides, Map<String, List<String>> values) {
    if (values.isEmpty()) {
      return overrides;
    }
    Map<String, List<ColumnOverride>> merged = new HashMap<>(overrides);
    for (Column column : table.columns()) {
      List<String> allowed = values.get(table.name() + "." + column.name());
      if (allowed == null
          || allowed.isEmpty()
          || column.filledByDatabase()
          || isKey(table, column)) {
        continue;
      }
      List<ColumnOverride> mine = merged.getOrDefault(column.name(), List.of());
      if (mine.stream().anyMatch(ColumnOverride::isValueSource)) {
        continue;
      }
      List<ColumnOverride> withValues = new ArrayList<>(mine);
      withValues.add(
          new ColumnOverride.Weighted(
              column.name(),
              allowed.stream().map(value -> new ColumnOverride.Choice(value, 1)).toList()));
      merged.put(column.name(), withValues);
    }
    return merged;
  }

  private static boolean isKey(Table table, Column column) {
    return table.foreignKeys().stream().anyMatch(key -> key.columns().contains(column.name()));
  }
}
