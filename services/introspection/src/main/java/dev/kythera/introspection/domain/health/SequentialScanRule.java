package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule: a table of at least 10,000 rows read by index less than 95% of the time, a sign that
 * some frequent query lacks an index (PgHero missing_indexes, with its thresholds).
 */
public final class SequentialScanRule implements HealthRule {
  public static final String CODE = "mostly-sequential-scans";
  static final long MIN_ROWS = 10_000;
  static final double MIN_INDEX_SHARE = 0.95;

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      TableStatistics stats = table.statistics();
      if (stats == null || table.rowEstimate() < MIN_ROWS) {
        continue;
      }
      long reads = stats.sequentialScans() + stats.indexScans();
      if (reads > 0 && stats.indexScans() < MIN_INDEX_SHARE * reads) {
        findings.add(finding(table, stats, reads));
      }
    }
    return findings;
  }

  private static Finding finding(Table table, TableStatistics stats, long reads) {
    long percent = Math.round(100.0 * stats.indexScans() / reads);
    return new Finding(
        CODE,
        Severity.WARNING,
        "Large table mostly read by full scans",
        table.name()
            + " has about "
            + table.rowEstimate()
            + " rows but only "
            + percent
            + "% of its "
            + reads
            + " reads used an index; the rest read the whole table. Find the frequent queries"
            + " filtering this table (pg_stat_statements, slow query log) and index the columns"
            + " they filter on.",
        Locations.of(table));
  }
}
