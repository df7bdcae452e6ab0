package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule (INFO): a foreign-key column that allows NULL, so a child row may exist without its
 * parent. Often deliberate (optional relation); reported so that it is a decision, not a default.
 */
public final class NullableForeignKeyRule implements HealthRule {
  public static final String CODE = "nullable-foreign-key";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        for (String name : key.columns()) {
          table
              .column(name)
              .filter(Column::nullable)
              .ifPresent(column -> findings.add(finding(table, key, column)));
        }
      }
    }
    return findings;
  }

  private static Finding finding(Table table, ForeignKey key, Column column) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Nullable foreign-key column",
        column.name()
            + " may be NULL, so a row of "
            + table.name()
            + " can exist without a row of "
            + key.referencedTable()
            + ". If every row must have one, make the column NOT NULL; if the relation is"
            + " optional by design, nothing needs to change.",
        Locations.of(table, column.name()));
  }
}
