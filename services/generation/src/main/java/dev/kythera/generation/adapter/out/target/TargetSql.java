package dev.kythera.generation.adapter.out.target;

import dev.kythera.connectors.Engine;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Identifier quoting per engine. Every name comes from the snapshot, never from request text, and
 * is quoted anyway: an embedded quote character is doubled.
 */
record TargetSql(Engine engine, char quote) {

  static TargetSql of(Engine engine) {
    return new TargetSql(engine, engine == Engine.MYSQL ? '`' : '"');
  }

  String name(String identifier) {
    if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("Identifier cannot be quoted");
    }
    String q = String.valueOf(quote);
    return q + identifier.replace(q, q + q) + q;
  }

  String table(QualifiedName table) {
    return table.schema() == null || table.schema().isEmpty()
        ? name(table.name())
        : name(table.schema()) + "." + name(table.name());
  }

  String columns(List<String> columns) {
    return columns.stream().map(this::name).collect(Collectors.joining(", "));
  }

  /** {@code a = ? AND b = ?} over the columns, optionally prefixed by a table alias. */
  String equalsParameters(List<String> columns) {
    return columns.stream()
        .map(column -> name(column) + " = ?")
        .collect(Collectors.joining(" AND "));
  }
}
