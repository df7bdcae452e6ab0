package dev.kythera.introspection.domain.knowledge;

import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Resolves names users give ({@code schema.table}, {@code schema.table.column}) against a
 * snapshot's model, so notes and relations only ever point at objects that exist.
 */
public final class SchemaTargets {
  private final SchemaModel model;

  public SchemaTargets(SchemaModel model) {
    this.model = model;
  }

  /** The table named {@code schema.table}, if the model has it. */
  public Optional<Table> table(String name) {
    if (name == null) {
      return Optional.empty();
    }
    int dot = name.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return model.table(new QualifiedName(name.substring(0, dot), name.substring(dot + 1)));
  }

  /** True for an existing {@code schema.table} or {@code schema.table.column}. */
  public boolean exists(String target) {
    if (table(target).isPresent()) {
      return true;
    }
    int last = target == null ? -1 : target.lastIndexOf('.');
    if (last <= 0) {
      return false;
    }
    String column = target.substring(last + 1);
    return table(target.substring(0, last)).flatMap(t -> t.column(column)).isPresent();
  }

  /** True when the table exists and has every column. */
  public boolean hasColumns(String tableName, List<String> columns) {
    return !columns.isEmpty()
        && table(tableName)
            .map(t -> columns.stream().allMatch(c -> t.column(c).isPresent()))
            .orElse(false);
  }
}
