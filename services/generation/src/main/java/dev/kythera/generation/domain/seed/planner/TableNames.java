package dev.kythera.generation.domain.seed.planner;

import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Finds a table by the name a user wrote: {@code schema.table}, or a bare name that must be unique
 * across schemas; exact case first, then ignoring case. Views cannot be seeded.
 */
final class TableNames {
  private TableNames() {}

  static Optional<Table> resolve(
      SchemaModel model, String written, String field, Problems problems) {
    List<Table> matches = matches(model, written, false);
    if (matches.isEmpty()) {
      matches = matches(model, written, true);
    }
    if (matches.isEmpty()) {
      problems.error(field, "no table " + written + " in the schema");
      return Optional.empty();
    }
    if (matches.size() > 1) {
      problems.error(
          field,
          written + " is ambiguous: " + matches.stream().map(t -> t.name().toString()).toList());
      return Optional.empty();
    }
    Table table = matches.get(0);
    if (table.isView()) {
      problems.error(field, written + " is a view; only tables can be seeded");
      return Optional.empty();
    }
    return Optional.of(table);
  }

  private static List<Table> matches(SchemaModel model, String written, boolean ignoreCase) {
    int dot = written.indexOf('.');
    return model.tables().stream()
        .filter(
            table ->
                dot < 0
                    ? same(table.name().name(), written, ignoreCase)
                    : same(table.name().toString(), written, ignoreCase))
        .toList();
  }

  private static boolean same(String a, String b, boolean ignoreCase) {
    return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
  }
}
