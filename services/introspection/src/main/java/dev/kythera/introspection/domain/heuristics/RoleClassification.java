package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.Objects;

/** A table's guessed role with a short reason a person can check. */
public record RoleClassification(QualifiedName table, TableRole role, String reason) {
  public RoleClassification {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
  }
}
