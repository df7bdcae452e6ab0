package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule (INFO): a table nobody has read since statistics were reset: zero sequential and zero
 * index scans (PgHero unused_tables). Tables without statistics are not judged.
 */
public final class UnusedTableRule implements HealthRule {
  public static final String CODE = "unused-table";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      TableStatistics stats = table.statistics();
      if (stats != null && stats.sequentialScans() == 0 && stats.indexScans() == 0) {
        findings.add(finding(table, stats));
      }
    }
    return findings;
  }

  private static Finding finding(Table table, TableStatistics stats) {
    boolean written = stats.inserts() > 0 || stats.updates() > 0;
    return new Finding(
        CODE,
        Severity.INFO,
        "Unused table",
        "No query has read "
            + table.name()
            + " since statistics were last reset"
            + (written
                ? ", although it is still written to ("
                    + stats.inserts()
                    + " inserts, "
                    + stats.updates()
                    + " updates): data may be collected that nobody uses."
                : ", and nothing writes to it either.")
            + " Confirm with the owners of the applications and reports, then archive or drop it.",
        Locations.of(table));
  }
}
