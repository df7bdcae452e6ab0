package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The foreign keys around one table, in both directions, as the snapshot knows them. */
public final class Relations {
  private Relations() {}

  /** A foreign key of {@code table} that points at the table in question. */
  public record Incoming(Table table, ForeignKey foreignKey) {}

  /** Foreign keys of every table (itself included) that reference {@code name}. */
  public static List<Incoming> incoming(SchemaModel model, QualifiedName name) {
    List<Incoming> found = new ArrayList<>();
    for (Table table : model.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (key.referencedTable().equals(name)) {
          found.add(new Incoming(table, key));
        }
      }
    }
    return found;
  }

  /**
   * Conditions matching {@code columns} of {@code table} to {@code values} (the other side's row,
   * as JSON-friendly values); empty when a value is null, because then no row can match.
   */
  public static Optional<List<RowFilter>> matching(
      ExploredTable table, List<String> columns, List<Object> values) {
    List<RowFilter> conditions = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (values.get(i) == null) {
        return Optional.empty();
      }
      Column column = table.column(columns.get(i), "key");
      conditions.add(RowFilter.equal(column, ValueConverter.convert(values.get(i), column, "key")));
    }
    return Optional.of(conditions);
  }
}
