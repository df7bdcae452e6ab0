package dev.kythera.introspection.domain.heuristics;

import java.util.List;
import java.util.Objects;

/**
 * A named list of allowed values or keys found in the schema.
 *
 * @param name display name: the enum type, {@code table_column} for inline lists, or the lookup
 *     table's name
 * @param kind where it comes from
 * @param source {@code schema.type}, {@code schema.table.column} of a CHECK or inline enum, or
 *     {@code schema.table.column} of the lookup table's key
 * @param values allowed values in declared order; empty for lookup tables (rows are data)
 */
public record ReferenceDefinition(
    String name, ReferenceKind kind, String source, List<String> values) {
  public ReferenceDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    values = values == null ? List.of() : List.copyOf(values);
  }
}
