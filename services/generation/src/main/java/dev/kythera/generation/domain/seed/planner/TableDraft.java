package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.OmittedColumn;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.UniqueCombination;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.check.TableChecks;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table's plan while the planner works on it; frozen into a {@link TablePlan} at the end. */
final class TableDraft {
  final Table table;
  final String field;
  final boolean added;
  final TableChecks checks;
  final Map<String, ValueColumn> values = new LinkedHashMap<>();
  final List<ForeignKeyFill> fills = new ArrayList<>();
  final List<OmittedColumn> omitted = new ArrayList<>();
  final List<UniqueCombination> combinations = new ArrayList<>();
  final List<List<String>> combinationColumns = new ArrayList<>();
  List<String> evaluationOrder = List.of();
  List<String> keyColumns = List.of();
  long rows;

  TableDraft(Table table, String field, boolean added, TableChecks checks) {
    this.table = table;
    this.field = field;
    this.added = added;
    this.checks = checks;
  }

  String columnField(String column) {
    return field + ".columns." + column;
  }

  /** The fill writing a column, or null. */
  ForeignKeyFill fillOf(String column) {
    return fills.stream().filter(fill -> fill.columns().contains(column)).findFirst().orElse(null);
  }

  boolean isOmitted(String column) {
    return omitted.stream().anyMatch(o -> o.column().equals(column));
  }

  TablePlan freeze() {
    List<String> columns =
        table.columns().stream()
            .map(column -> column.name())
            .filter(name -> values.containsKey(name) || fillOf(name) != null)
            .toList();
    List<String> order = evaluationOrder.isEmpty() ? List.copyOf(values.keySet()) : evaluationOrder;
    List<ValueColumn> ordered = order.stream().map(values::get).toList();
    return new TablePlan(
        table.name(), rows, added, columns, ordered, fills, combinations, keyColumns, omitted);
  }
}
