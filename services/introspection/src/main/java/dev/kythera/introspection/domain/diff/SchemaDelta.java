package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import java.util.List;

/**
 * The full, typed difference between two snapshots, for generators that need whole objects.
 *
 * @param from the older model
 * @param to the newer model
 * @param tables added or removed tables and views, and views whose definition changed
 * @param tableChanges tables present in both models whose content changed
 * @param enums added, removed or changed enum types
 * @param sequences added, removed or changed sequences
 */
public record SchemaDelta(
    SchemaModel from,
    SchemaModel to,
    List<Delta<Table>> tables,
    List<TableDelta> tableChanges,
    List<Delta<EnumType>> enums,
    List<Delta<Sequence>> sequences) {

  public SchemaDelta {
    tables = List.copyOf(tables);
    tableChanges = List.copyOf(tableChanges);
    enums = List.copyOf(enums);
    sequences = List.copyOf(sequences);
  }
}
