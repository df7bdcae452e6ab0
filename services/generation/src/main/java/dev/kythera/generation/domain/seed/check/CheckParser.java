package dev.kythera.generation.domain.seed.check;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a table's CHECK constraints, in any of the engines' printed forms, into {@link
 * TableChecks}: ranges ({@code x >= 0}, {@code x BETWEEN 1 AND 1000}), value lists ({@code IN},
 * {@code = ANY (ARRAY[...])}), lengths and comparisons between two columns of a row.
 */
public final class CheckParser {
  private CheckParser() {}

  public static TableChecks parse(Table table) {
    Map<String, String> columns = new HashMap<>();
    for (Column column : table.columns()) {
      columns.put(column.name().toLowerCase(Locale.ROOT), column.name());
    }
    Map<String, ColumnRules> rules = new LinkedHashMap<>();
    List<ColumnComparison> comparisons = new ArrayList<>();
    List<CheckConstraint> unsupported = new ArrayList<>();
    for (CheckConstraint check : table.checks()) {
      CheckInterpreter interpreter = new CheckInterpreter(columns, check.name());
      boolean understood;
      try {
        understood = interpreter.accept(CheckGrammar.parse(check.expression()));
      } catch (UnsupportedCheck | IndexOutOfBoundsException unreadable) {
        understood = false;
      }
      interpreter.rules().forEach((column, more) -> rules.merge(column, more, ColumnRules::and));
      comparisons.addAll(interpreter.comparisons());
      if (!understood) {
        unsupported.add(check);
      }
    }
    return new TableChecks(rules, comparisons, unsupported);
  }
}
