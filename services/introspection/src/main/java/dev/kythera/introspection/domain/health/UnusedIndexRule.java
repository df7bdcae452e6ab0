package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Health rule: an index never scanned since statistics were reset (PgHero unused_indexes). Only
 * indexes with a scan counter are judged; primary and unique indexes enforce rules even when
 * unread, and the only index serving a foreign key is kept because parent deletes may simply not
 * have happened yet (dropping it would trade this finding for {@code fk-without-index}).
 */
public final class UnusedIndexRule implements HealthRule {
  public static final String CODE = "unused-index";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (Index index : table.indexes()) {
        if (unused(index) && IndexSupport.onlySupportOf(table, index).isEmpty()) {
          findings.add(finding(table, index));
        }
      }
    }
    return findings;
  }

  private static boolean unused(Index index) {
    return index.scans() != null && index.scans() == 0 && !index.primary() && !index.unique();
  }

  private static Finding finding(Table table, Index index) {
    String size = index.sizeBytes() == null ? "" : " It takes " + bytes(index.sizeBytes()) + ".";
    return new Finding(
        CODE,
        Severity.WARNING,
        "Unused index",
        "Index "
            + index.name()
            + " on "
            + table.name()
            + " has not been scanned since statistics were last reset, yet every insert and"
            + " update maintains it."
            + size
            + " If statistics have covered a representative period (including month-end jobs)"
            + " and replicas show no scans either, drop it.",
        Locations.of(table, index));
  }

  static String bytes(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
    return (bytes / 1024) + " KiB";
  }
}
