package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule: a foreign key needs an index whose leading columns are its columns, in any order
 * (tbls requireForeignKeyIndex). Partial indexes do not count; hash indexes only for a single
 * matching column.
 */
public final class ForeignKeyWithoutIndexRule implements HealthRule {
  public static final String CODE = "fk-without-index";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!IndexSupport.served(table, key.columns())) {
          findings.add(finding(table, key));
        }
      }
    }
    return findings;
  }

  private static Finding finding(Table table, ForeignKey key) {
    String columns = Locations.columns(key.columns());
    return new Finding(
        CODE,
        Severity.WARNING,
        "Foreign key without an index",
        "Deleting or updating a row of "
            + key.referencedTable()
            + " must look up the rows of "
            + table.name()
            + " that reference it by "
            + columns
            + "; without an index starting with these columns every such change scans the whole"
            + " table, and joins along this key are slow too. Create an index on "
            + table.name()
            + " "
            + columns
            + ".",
        Locations.of(table, key.columns()));
  }
}
