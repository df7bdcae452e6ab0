package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Location and list texts shared by the rules, so every finding names things the same way. */
final class Locations {
  private static final int LIST_LIMIT = 10;

  private Locations() {}

  static String of(Table table) {
    return table.name().toString();
  }

  static String of(Table table, String column) {
    return table.name() + "." + column;
  }

  /** {@code schema.table.a,b} for a column list (one column gives the plain column form). */
  static String of(Table table, List<String> columns) {
    return table.name() + "." + String.join(",", columns);
  }

  /** Indexes live in their table's schema, so {@code schema.index}. */
  static String of(Table table, Index index) {
    return table.name().schema() + "." + index.name();
  }

  /** {@code (a, b)}. */
  static String columns(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }

  /** {@code a, b, c and 7 more}: long lists cut so a detail stays readable. */
  static String list(Collection<?> items) {
    List<String> names = items.stream().map(String::valueOf).toList();
    if (names.size() <= LIST_LIMIT) {
      return String.join(", ", names);
    }
    return names.stream().limit(LIST_LIMIT).collect(Collectors.joining(", "))
        + " and "
        + (names.size() - LIST_LIMIT)
        + " more";
  }
}
