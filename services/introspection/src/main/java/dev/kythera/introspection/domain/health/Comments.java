package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.Collection;

/** What counts as a comment: non-blank text. */
final class Comments {
  private Comments() {}

  static boolean present(String comment) {
    return comment != null && !comment.isBlank();
  }

  static boolean anyTableComment(Collection<Table> tables) {
    return tables.stream().anyMatch(table -> present(table.comment()));
  }

  static boolean anyColumnComment(Collection<Table> tables) {
    return tables.stream()
        .flatMap(table -> table.columns().stream())
        .map(Column::comment)
        .anyMatch(Comments::present);
  }
}
