package dev.kythera.kernel.schema;

import java.util.List;

/** A table's primary key; {@code name} may be null where the engine does not name it. */
public record PrimaryKey(String name, List<String> columns) {
  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
