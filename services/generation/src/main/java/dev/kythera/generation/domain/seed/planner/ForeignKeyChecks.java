package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.Distribution;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/**
 * Checks a table's foreign keys once every row count is known: a NOT NULL key needs parent rows
 * (nullable ones are left NULL instead), a key filled in the insert needs its parent inserted
 * earlier (else the cycle has no breakable edge), and a deferred UPDATE needs a row key.
 */
final class ForeignKeyChecks {
  private ForeignKeyChecks() {}

  static void check(
      TableDraft draft, List<QualifiedName> order, PlanContext context, Problems problems) {
    for (int i = 0; i < draft.fills.size(); i++) {
      ForeignKeyFill fill = draft.fills.get(i);
      String field = draft.field + ".foreignKeys." + fill.name();
      boolean nullable =
          fill.columns().stream()
              .allMatch(c -> draft.table.column(c).map(Column::nullable).orElse(false));
      long parents = context.rowsOf().applyAsLong(fill.parent());
      if (parents == 0 && fill.mode() != FillMode.LEFT_NULL) {
        if (nullable) {
          draft.fills.set(i, leftNull(fill));
          problems.warn(field, fill.parent().name() + " will have no rows; the key is left NULL");
        } else {
          problems.error(
              field,
              "NOT NULL foreign key to " + fill.parent().name() + ", which will have 0 rows");
        }
        continue;
      }
      if (!fill.parentPlanned() && parents < 0) {
        problems.warn(
            field,
            "points at existing rows of " + fill.parent().name() + ", whose number is unknown");
      }
      if (fill.mode() == FillMode.AFTER_INSERT && draft.keyColumns.isEmpty()) {
        draft.fills.set(i, leftNull(fill));
        problems.warn(field, "the table has no key to UPDATE rows by; the key is left NULL");
      }
      boolean later =
          fill.parentPlanned() && order.indexOf(fill.parent()) > order.indexOf(draft.table.name());
      if (fill.mode() == FillMode.AT_INSERT && later) {
        problems.error(
            field,
            "closes a cycle with "
                + fill.parent().name()
                + " that no nullable or deferrable foreign key breaks");
      }
    }
  }

  private static ForeignKeyFill leftNull(ForeignKeyFill fill) {
    return new ForeignKeyFill(
        fill.name(),
        fill.columns(),
        fill.parent(),
        fill.parentColumns(),
        FillMode.LEFT_NULL,
        new Distribution.Uniform(),
        1,
        fill.parentPlanned());
  }
}
