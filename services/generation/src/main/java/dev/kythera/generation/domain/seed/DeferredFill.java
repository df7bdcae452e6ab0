package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;

/**
 * A foreign key filled after every table is inserted: {@code UPDATE table SET columns = ? WHERE
 * keyColumns = ?} for each row that gets a parent (rows left NULL are skipped).
 */
public record DeferredFill(
    QualifiedName table,
    String foreignKey,
    List<String> columns,
    List<String> keyColumns,
    QualifiedName parent) {

  public DeferredFill {
    columns = List.copyOf(columns);
    keyColumns = List.copyOf(keyColumns);
  }
}
