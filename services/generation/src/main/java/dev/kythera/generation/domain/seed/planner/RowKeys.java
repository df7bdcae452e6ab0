package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.List;

/**
 * The columns deferred UPDATEs find a row by: the primary key, else the first UNIQUE constraint
 * over NOT NULL columns, provided every column is generated or an identity; else none.
 */
final class RowKeys {
  private RowKeys() {}

  static List<String> of(TableDraft draft) {
    Table table = draft.table;
    if (table.primaryKey() != null && usable(draft, table.primaryKey().columns())) {
      return table.primaryKey().columns();
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      boolean notNull =
          unique.columns().stream()
              .allMatch(c -> table.column(c).map(col -> !col.nullable()).orElse(false));
      if (notNull && usable(draft, unique.columns())) {
        return unique.columns();
      }
    }
    return List.of();
  }

  private static boolean usable(TableDraft draft, List<String> columns) {
    return !columns.isEmpty()
        && columns.stream()
            .allMatch(
                name -> {
                  Column column = draft.table.column(name).orElse(null);
                  boolean identity =
                      column != null && column.filledByDatabase() && column.generated() == null;
                  var fill = draft.fillOf(name);
                  boolean written =
                      draft.values.containsKey(name)
                          || (fill != null && fill.mode() == FillMode.AT_INSERT);
                  return identity || written;
                });
  }
}
