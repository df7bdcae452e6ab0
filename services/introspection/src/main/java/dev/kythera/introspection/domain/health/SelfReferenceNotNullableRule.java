package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule: a foreign key from a table to itself whose columns are all NOT NULL, so every row
 * needs an existing parent row of the same table and the first row can only point at itself.
 */
public final class SelfReferenceNotNullableRule implements HealthRule {
  public static final String CODE = "self-reference-not-nullable";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (key.referencedTable().equals(table.name()) && allNotNull(table, key)) {
          findings.add(finding(table, key));
        }
      }
    }
    return findings;
  }

  private static boolean allNotNull(Table table, ForeignKey key) {
    return key.columns().stream()
        .allMatch(name -> table.column(name).map(column -> !column.nullable()).orElse(false));
  }

  private static Finding finding(Table table, ForeignKey key) {
    return new Finding(
        CODE,
        Severity.WARNING,
        "Self-reference cannot be empty",
        "Every row of "
            + table.name()
            + " must reference another row of the same table through "
            + Locations.columns(key.columns())
            + ", which is NOT NULL. A root row can only point at itself, and rows cannot be"
            + " loaded or copied parents-first. Make "
            + String.join(", ", key.columns())
            + " nullable so root rows can have no parent.",
        Locations.of(table, key.columns()));
  }
}
