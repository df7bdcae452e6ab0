package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule (INFO): a base table with no foreign key in or out (tbls unrelatedTable). When the
 * whole database declares no foreign key at all, one database-level finding replaces the per-table
 * ones: relations are then kept by the application, which is a single decision.
 */
public final class NoRelationRule implements HealthRule {
  public static final String CODE = "no-relation";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Table> tables = context.tables();
    if (tables.size() < 2) {
      return List.of(); // a single table has nothing to relate to
    }
    if (tables.stream().allMatch(table -> table.foreignKeys().isEmpty())) {
      return List.of(noForeignKeys(context, tables.size()));
    }
    List<Finding> findings = new ArrayList<>();
    for (Table table : tables) {
      if (table.foreignKeys().isEmpty() && context.referencesTo(table.name()).isEmpty()) {
        findings.add(
            new Finding(
                CODE,
                Severity.INFO,
                "Table without relations",
                table.name()
                    + " neither references nor is referenced by another table. If its rows"
                    + " point at other data (columns like customer_id), declare the foreign keys"
                    + " so the database keeps them consistent and tools can follow them; if it"
                    + " is truly standalone (settings, logs, leftovers), nothing needs to change.",
                Locations.of(table)));
      }
    }
    return findings;
  }

  private static Finding noForeignKeys(AuditContext context, int count) {
    String database = context.model().database() == null ? "" : context.model().database();
    return new Finding(
        CODE,
        Severity.INFO,
        "No foreign keys declared",
        "None of the "
            + count
            + " tables declares a foreign key, so the database cannot stop orphaned rows and"
            + " tools cannot tell how tables relate. If relations exist in the application,"
            + " declare them (the inferred relations of this schema are a starting point).",
        database);
  }
}
