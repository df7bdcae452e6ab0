package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.List;

/** The differences inside one table that exists in both snapshots, with the full objects. */
public record TableDelta(
    Table before,
    Table after,
    boolean commentChanged,
    List<Delta<Column>> columns,
    List<Delta<PrimaryKey>> primaryKey,
    List<Delta<UniqueConstraint>> uniques,
    List<Delta<CheckConstraint>> checks,
    List<Delta<Index>> indexes,
    List<Delta<ForeignKey>> foreignKeys) {

  public TableDelta {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniques = List.copyOf(uniques);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
  }

  public boolean isEmpty() {
    return !commentChanged
        && columns.isEmpty()
        && primaryKey.isEmpty()
        && uniques.isEmpty()
        && checks.isEmpty()
        && indexes.isEmpty()
        && foreignKeys.isEmpty();
  }
}
