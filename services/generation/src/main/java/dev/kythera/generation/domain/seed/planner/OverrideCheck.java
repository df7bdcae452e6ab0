package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a table's overrides by column and refuses the ill-formed ones before anything is built:
 * unknown columns, two value sources for one column, null ratios outside 0–1 or on NOT NULL
 * columns, overrides of foreign-key columns other than a null ratio.
 */
final class OverrideCheck {
  private OverrideCheck() {}

  static Map<String, List<ColumnOverride>> byColumn(
      Table table, TableRequest request, String field, Problems problems) {
    Map<String, List<ColumnOverride>> byColumn = new LinkedHashMap<>();
    if (request == null) {
      return byColumn;
    }
    for (ColumnOverride override : request.overrides()) {
      String columnField = field + ".columns." + override.column();
      Column column = table.column(override.column()).orElse(null);
      if (column == null) {
        problems.error(
            columnField, "no column " + override.column() + " in " + table.name().name());
        continue;
      }
      List<ColumnOverride> mine = byColumn.computeIfAbsent(column.name(), key -> new ArrayList<>());
      if (override.isValueSource() && mine.stream().anyMatch(ColumnOverride::isValueSource)) {
        problems.error(columnField, "has more than one value override");
        continue;
      }
      if (override instanceof ColumnOverride.NullRatio ratio
          && !nullRatioOk(column, ratio, columnField, problems)) {
        continue;
      }
      if (override.isValueSource() && isForeignKey(table, column)) {
        problems.error(
            columnField, "is filled from its parent's keys; only a null ratio can be set");
        continue;
      }
      mine.add(override);
    }
    return byColumn;
  }

  private static boolean nullRatioOk(
      Column column, ColumnOverride.NullRatio ratio, String field, Problems problems) {
    if (ratio.ratio() < 0 || ratio.ratio() > 1 || Double.isNaN(ratio.ratio())) {
      problems.error(field, "null ratio must be between 0 and 1, was " + ratio.ratio());
      return false;
    }
    if (!column.nullable() && ratio.ratio() > 0) {
      problems.error(field, "is NOT NULL; it cannot get NULLs");
      return false;
    }
    return true;
  }

  private static boolean isForeignKey(Table table, Column column) {
    return table.foreignKeys().stream().anyMatch(key -> key.columns().contains(column.name()));
  }
}
