package dev.kythera.kernel.schema;

import java.util.List;

/** A named enum type (PostgreSQL) with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> values) {
  public EnumType {
    values = List.copyOf(values);
  }
}
